import type { HocuspocusProvider } from "@hocuspocus/provider";
import Collaboration from "@tiptap/extension-collaboration";
import CollaborationCaret from "@tiptap/extension-collaboration-caret";
import { Placeholder } from "@tiptap/extensions";
import { EditorContent, useEditor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { useEffect } from "react";
import type * as Y from "yjs";
import { t } from "../i18n/text.ts";
import type { Participant } from "./participant.ts";

interface CardBodyEditorProps {
  fragment: Y.XmlFragment;
  provider: HocuspocusProvider;
  participant: Participant;
  label: string;
  readOnly: boolean;
}

const editorProps = (label: string) => ({
  attributes: { class: "card-body__editor", role: "textbox", "aria-multiline": "true", "aria-label": label },
});

/** The card's rich-text body, co-edited live: every keystroke goes into the shared Y.XmlFragment. */
export function CardBodyEditor({ fragment, provider, participant, label, readOnly }: CardBodyEditorProps) {
  const editor = useEditor(
    {
      extensions: [
        // Collaboration brings its own undo history, aware of who typed what.
        StarterKit.configure({ undoRedo: false }),
        Collaboration.configure({ fragment }),
        CollaborationCaret.configure({ provider, user: participant }),
        Placeholder.configure({ placeholder: t.board.bodyPlaceholder }),
      ],
      editable: !readOnly,
      editorProps: editorProps(label),
    },
    [fragment, provider],
  );

  useEffect(() => {
    editor.setEditable(!readOnly);
  }, [editor, readOnly]);

  // A renamed card renames its editor without rebuilding it under the cursor of whoever is typing.
  useEffect(() => {
    editor.setOptions({ editorProps: editorProps(label) });
  }, [editor, label]);

  return <EditorContent editor={editor} className="card-body" />;
}

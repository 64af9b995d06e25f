import type { HocuspocusProvider } from "@hocuspocus/provider";
import Collaboration from "@tiptap/extension-collaboration";
import CollaborationCaret from "@tiptap/extension-collaboration-caret";
import { Placeholder } from "@tiptap/extensions";
import { EditorContent, useEditor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { useEffect, useState } from "react";
import type * as Y from "yjs";
import { t } from "../i18n/text.ts";
import "../ui/rich-text-editor.css";
import { CardBodyToolbar } from "./card-body-toolbar.tsx";
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

/**
 * The card's rich-text body, co-edited live: every keystroke goes into the shared Y.XmlFragment. Writable, it has
 * its formatting toolbar above it.
 */
export function CardBodyEditor({ fragment, provider, participant, label, readOnly }: CardBodyEditorProps) {
  const editor = useEditor(
    {
      extensions: [
        // Collaboration brings its own undo history, aware of who typed what.
        // A click on a link while writing places the caret; the link opens from the card's preview.
        StarterKit.configure({ undoRedo: false, link: { openOnClick: false } }),
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

  const [linking, setLinking] = useState(false);
  if (readOnly) return <EditorContent editor={editor} className="card-body" />;
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Ctrl+K typed in the text opens the toolbar's link form.
    <div
      onKeyDown={(event) => {
        if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== "k") return;
        event.preventDefault();
        setLinking(true);
      }}
    >
      <CardBodyToolbar editor={editor} label={label} linking={linking} setLinking={setLinking} />
      <EditorContent editor={editor} className="card-body" />
    </div>
  );
}

import Collaboration from "@tiptap/extension-collaboration";
import CollaborationCaret from "@tiptap/extension-collaboration-caret";
import { Placeholder } from "@tiptap/extensions";
import { EditorContent, useEditor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import type * as Y from "yjs";
import { t } from "../../i18n/text.ts";
import "../../ui/rich-text-editor.css";
import { usePlan } from "../plan-context.ts";

interface DescriptionEditorProps {
  fragment: Y.XmlFragment;
  /** The id of the heading that names the description. */
  labelledBy: string;
  readOnly: boolean;
}

/** A fiche's description, co-edited live with the others' carets; read-only, it still follows their changes. */
export function DescriptionEditor({ fragment, labelledBy, readOnly }: DescriptionEditorProps) {
  const { provider, user } = usePlan();
  const editor = useEditor(
    {
      extensions: [
        // Collaboration brings its own undo history, aware of who typed what.
        StarterKit.configure({ undoRedo: false }),
        Collaboration.configure({ fragment }),
        CollaborationCaret.configure({ provider, user }),
        Placeholder.configure({ placeholder: readOnly ? t.plan.noDescription : t.plan.descriptionPlaceholder }),
      ],
      editable: !readOnly,
      editorProps: {
        attributes: {
          class: "plan-description__editor",
          role: "textbox",
          "aria-multiline": "true",
          "aria-labelledby": labelledBy,
          ...(readOnly ? { "aria-readonly": "true" } : {}),
        },
      },
    },
    // A role change (rare) rebuilds the editor: its placeholder and attributes depend on it.
    [fragment, provider, readOnly],
  );

  return <EditorContent editor={editor} className="plan-description" />;
}

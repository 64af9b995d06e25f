import type { HocuspocusProvider } from "@hocuspocus/provider";
import Collaboration from "@tiptap/extension-collaboration";
import CollaborationCaret from "@tiptap/extension-collaboration-caret";
import { Placeholder } from "@tiptap/extensions";
import { EditorContent, useEditor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { useEffect, useMemo, useState } from "react";
import type * as Y from "yjs";
import "./rich-text-editor.css";
import { RichTextToolbar } from "./rich-text-toolbar.tsx";

/**
 * Who writes, as the others see their caret. On a board the whole participant goes along: the presence list reads
 * it from the same awareness field.
 */
export interface CaretUser {
  name: string;
  color: string;
}

/** The editor's accessible name: its own label, or the heading that names it. A toolbar is named after the label. */
type EditorName =
  | { label: string; labelledBy?: never; toolbar?: boolean }
  | { labelledBy: string; label?: never; toolbar?: never };

type CollaborativeEditorProps = EditorName & {
  fragment: Y.XmlFragment;
  provider: HocuspocusProvider;
  user: CaretUser;
  placeholder: string;
  readOnly: boolean;
  /** The class of the box around the text (its size, border, focus ring); the editable element has `${box}__editor`. */
  box: string;
};

function editorAttributes(box: string, label: string | undefined, labelledBy: string | undefined, readOnly: boolean) {
  return {
    class: `${box}__editor`,
    role: "textbox",
    "aria-multiline": "true",
    ...(label !== undefined ? { "aria-label": label } : {}),
    ...(labelledBy !== undefined ? { "aria-labelledby": labelledBy } : {}),
    ...(readOnly ? { "aria-readonly": "true" } : {}),
  };
}

/**
 * A rich text co-edited live (a card's body, a fiche's description): every keystroke goes into the shared
 * Y.XmlFragment, the others' carets show in their colours, and read-only it still follows their changes. Its
 * nodes and marks are StarterKit's, the set the server accepts (shared/src/rich-text-schema.ts). Writable, with
 * `toolbar`, it has its formatting toolbar above it.
 */
export function CollaborativeEditor(props: CollaborativeEditorProps) {
  const { fragment, provider, user, placeholder, readOnly, box, label, labelledBy } = props;
  const withToolbar = props.toolbar === true;
  const attributes = useMemo(
    () => editorAttributes(box, label, labelledBy, readOnly),
    [box, label, labelledBy, readOnly],
  );
  const editor = useEditor(
    {
      extensions: [
        // Collaboration brings its own undo history, aware of who typed what. With the toolbar, a click on a link
        // places the caret there, for the toolbar to change it (the link opens from the text read-only).
        StarterKit.configure({ undoRedo: false, link: { openOnClick: !withToolbar } }),
        Collaboration.configure({ fragment }),
        CollaborationCaret.configure({ provider, user }),
        Placeholder.configure({ placeholder }),
      ],
      editable: !readOnly,
      editorProps: { attributes },
    },
    // A new placeholder (a fiche's, on a role change, which is rare) rebuilds the editor.
    [fragment, provider, placeholder],
  );

  useEffect(() => {
    editor.setEditable(!readOnly);
  }, [editor, readOnly]);

  // A renamed card renames its editor without rebuilding it under the cursor of whoever is typing.
  useEffect(() => {
    editor.setOptions({ editorProps: { attributes } });
  }, [editor, attributes]);

  const [linking, setLinking] = useState(false);
  const content = <EditorContent editor={editor} className={box} />;
  if (!withToolbar || readOnly || label === undefined) return content;
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Ctrl+K typed in the text opens the toolbar's link form.
    <div
      onKeyDown={(event) => {
        if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== "k") return;
        event.preventDefault();
        setLinking(true);
      }}
    >
      <RichTextToolbar editor={editor} label={label} linking={linking} setLinking={setLinking} />
      {content}
    </div>
  );
}

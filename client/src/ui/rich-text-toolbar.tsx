import { type Editor, useEditorState } from "@tiptap/react";
import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from "react";
import { t } from "../i18n/text.ts";
import "./rich-text-toolbar.css";

/** The links a text may carry: the web, a mail, a phone (the server refuses script and data addresses). */
const LINK_SCHEME = /^(https?:\/\/|mailto:|tel:)\S/i;

/** An address typed without its scheme ("caf.fr") is meant for the web. */
function linkAddress(typed: string): string | null {
  const address = typed.trim();
  if (address === "") return null;
  const full = /^[a-z][a-z0-9+.-]*:/i.test(address) ? address : `https://${address}`;
  return LINK_SCHEME.test(full) ? full : null;
}

interface ToolbarProps {
  editor: Editor;
  /** The editor's own name: the toolbar is named after it. */
  label: string;
  /** Ctrl+K in the text asks for a link: the editor's wrapper sets this, the toolbar opens its form. */
  linking: boolean;
  setLinking: (linking: boolean) => void;
}

/**
 * Bold, italic, bulleted list and link for a collaborative text (a card's body). Each button says whether the text
 * at the caret has its formatting (aria-pressed) and its keyboard shortcut, Tiptap's own: Ctrl+B, Ctrl+I,
 * Ctrl+Shift+8; Ctrl+K for a link. A press keeps the caret in the text (mousedown is not let to take the focus).
 */
export function RichTextToolbar({ editor, label, linking, setLinking }: ToolbarProps) {
  const active = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      bold: current.isActive("bold"),
      italic: current.isActive("italic"),
      bulletList: current.isActive("bulletList"),
      link: current.isActive("link"),
    }),
  });
  const words = t.boardDetails.format;
  return (
    <div className="rich-text-toolbar">
      <div className="rich-text-toolbar__buttons" role="toolbar" aria-label={words.toolbar(label)}>
        <FormatButton pressed={active.bold} keys="Control+B" onPress={() => editor.chain().focus().toggleBold().run()}>
          <b>{words.bold}</b>
        </FormatButton>
        <FormatButton
          pressed={active.italic}
          keys="Control+I"
          onPress={() => editor.chain().focus().toggleItalic().run()}
        >
          <i>{words.italic}</i>
        </FormatButton>
        <FormatButton
          pressed={active.bulletList}
          keys="Control+Shift+8"
          onPress={() => editor.chain().focus().toggleBulletList().run()}
        >
          <span aria-hidden="true">•</span> {words.bulletList}
        </FormatButton>
        <FormatButton pressed={active.link} keys="Control+K" onPress={() => setLinking(!linking)}>
          <span aria-hidden="true">🔗</span> {words.link}
        </FormatButton>
      </div>
      {linking && (
        <LinkForm
          editor={editor}
          current={active.link ? String(editor.getAttributes("link").href ?? "") : ""}
          onDone={() => setLinking(false)}
        />
      )}
    </div>
  );
}

function FormatButton({
  pressed,
  keys,
  onPress,
  children,
}: {
  pressed: boolean;
  keys: string;
  onPress: () => void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className="button button--small button--quiet rich-text-toolbar__button"
      aria-pressed={pressed}
      aria-keyshortcuts={keys}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onPress}
    >
      {children}
    </button>
  );
}

/** The address of the link on the selected text (or the word at the caret), or its removal. */
function LinkForm({ editor, current, onDone }: { editor: Editor; current: string; onDone: () => void }) {
  const [address, setAddress] = useState(current);
  const [invalid, setInvalid] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const words = t.boardDetails.format;

  useEffect(() => {
    input.current?.focus();
  }, []);

  function apply(event: FormEvent) {
    event.preventDefault();
    const href = linkAddress(address);
    if (!href) {
      setInvalid(true);
      input.current?.focus();
      return;
    }
    editor.chain().focus().extendMarkRange("link").setLink({ href }).run();
    onDone();
  }

  return (
    // Escape goes back to the text, as Cancel would.
    <form
      className="rich-text-toolbar__link"
      onSubmit={apply}
      onKeyDown={(event) => {
        if (event.key !== "Escape") return;
        event.preventDefault();
        onDone();
        editor.commands.focus();
      }}
      noValidate
    >
      <label htmlFor={`${id}-address`}>{words.linkLabel}</label>
      <input
        ref={input}
        id={`${id}-address`}
        type="url"
        inputMode="url"
        value={address}
        onChange={(event) => setAddress(event.target.value)}
        aria-invalid={invalid}
        aria-describedby={`${id}-hint`}
      />
      <p id={`${id}-hint`} className={invalid ? "field__error" : "field__hint"}>
        {invalid ? words.linkError : words.linkHint}
      </p>
      <div className="actions">
        <button type="submit" className="button button--small button--primary">
          {words.linkApply}
        </button>
        {current && (
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              editor.chain().focus().extendMarkRange("link").unsetLink().run();
              onDone();
            }}
          >
            {words.linkRemove}
          </button>
        )}
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            onDone();
            editor.commands.focus();
          }}
        >
          {t.form.cancel}
        </button>
      </div>
    </form>
  );
}

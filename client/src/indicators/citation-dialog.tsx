import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { t } from "../i18n/text.ts";

/** Where the list of what may be cited stands: loading, failed (with the server's words), or ready. */
export type ChoicesStatus = { status: "loading" } | { status: "failed"; message: string } | { status: "ready" };

export interface CitationDialogProps<T> {
  title: string;
  searchLabel: string;
  listLabel: string;
  /** "3 indicateurs.", "Aucun service ne correspond." */
  countText: (count: number) => string;
  status: ChoicesStatus;
  loadingText: string;
  /** Everything that may be cited, in the order shown. */
  choices: readonly T[];
  matches: (choice: T, query: string) => boolean;
  idOf: (choice: T) => string;
  labelOf: (choice: T) => string;
  /** The second line of an option: year and figure, kind and commune… */
  metaOf: (choice: T) => string;
  onChoose: (choice: T) => void;
  onClose: () => void;
}

/**
 * A modal dialog (the keyboard stays inside, Escape closes it) with a search box driving a list of what a card may
 * cite, as the ARIA combobox pattern has it: typing filters, the arrows move, Enter cites.
 */
export function CitationDialog<T>(props: CitationDialogProps<T>) {
  const { title, searchLabel, listLabel, countText, status, loadingText, choices, matches, onChoose, onClose } = props;
  const dialog = useRef<HTMLDialogElement>(null);
  const search = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const id = useId();

  useEffect(() => {
    if (!dialog.current?.open) dialog.current?.showModal();
    search.current?.focus();
  }, []);

  const shown = choices.filter((choice) => matches(choice, query));
  const activeIndex = Math.min(active, shown.length - 1);
  const optionId = (choice: T) => `${id}-${props.idOf(choice)}`;
  const activeOption = shown[activeIndex];
  const activeId = activeOption === undefined ? undefined : optionId(activeOption);

  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: "nearest" });
  }, [activeId]);

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const count = shown.length;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (count > 0) setActive((activeIndex + (event.key === "ArrowDown" ? 1 : count - 1)) % count);
    } else if (event.key === "Enter") {
      event.preventDefault();
      if (activeOption !== undefined) onChoose(activeOption);
    }
  }

  const text = t.indicators.picker;
  return (
    <dialog ref={dialog} className="citation-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <h2 id={`${id}-title`}>{title}</h2>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-search`}>
          {searchLabel}
        </label>
        <p className="field__hint" id={`${id}-hint`}>
          {text.searchHint}
        </p>
        <input
          ref={search}
          id={`${id}-search`}
          className="input"
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded="true"
          aria-controls={`${id}-list`}
          aria-activedescendant={activeId}
          aria-describedby={`${id}-hint`}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
      </div>
      <p className="citation-dialog__count" role="status">
        {status.status === "loading" ? loadingText : status.status === "ready" ? countText(shown.length) : ""}
      </p>
      {status.status === "failed" && (
        <p className="alert alert--error" role="alert">
          {status.message}
        </p>
      )}
      <div className="citation-dialog__list" id={`${id}-list`} role="listbox" aria-label={listLabel}>
        {shown.map((choice, index) => (
          // The search box keeps the keyboard (aria-activedescendant): options are clicked, never tabbed to.
          // biome-ignore lint/a11y/useKeyWithClickEvents: keys are handled by the combobox, as ARIA's pattern asks.
          <div
            key={props.idOf(choice)}
            id={optionId(choice)}
            role="option"
            tabIndex={-1}
            aria-selected={index === activeIndex}
            className="indicator-option"
            onClick={() => onChoose(choice)}
          >
            <span className="indicator-option__label">{props.labelOf(choice)}</span>
            <span className="indicator-option__meta">{props.metaOf(choice)}</span>
          </div>
        ))}
      </div>
      <div className="actions">
        <button type="button" className="button" onClick={() => dialog.current?.close()}>
          {text.close}
        </button>
      </div>
    </dialog>
  );
}

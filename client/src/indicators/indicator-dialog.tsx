import { formatFigure, type IndicatorView } from "@atelier/shared";
import { type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from "react";
import { t } from "../i18n/text.ts";
import { matchesQuery, seriesOf } from "./indicator-series.ts";
import { useIndicators } from "./use-indicators.ts";

interface IndicatorDialogProps {
  spaceId: string;
  token: string;
  /** The indicator the card cites already, marked in the list. */
  currentId: string | undefined;
  onChoose: (indicator: IndicatorView) => void;
  onClose: () => void;
}

/**
 * A modal dialog (the keyboard stays inside, Escape closes it) with a search box driving a list of the space's
 * figures, as the ARIA combobox pattern has it: typing filters, the arrows move, Enter cites.
 */
export function IndicatorDialog({ spaceId, token, currentId, onChoose, onClose }: IndicatorDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const search = useRef<HTMLInputElement>(null);
  const { state } = useIndicators(spaceId, token);
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const id = useId();

  useEffect(() => {
    if (!dialog.current?.open) dialog.current?.showModal();
    search.current?.focus();
  }, []);

  // Every year of every indicator, grouped as the table shows them, the latest year first.
  const choices = useMemo(
    () => (state.status === "ready" ? seriesOf(state.indicators).flatMap((series) => series.years.toReversed()) : []),
    [state],
  );
  const matches = choices.filter((indicator) => matchesQuery(indicator, query));
  const activeIndex = Math.min(active, matches.length - 1);
  const optionId = (indicator: IndicatorView) => `${id}-${indicator.id}`;
  const activeOption = matches[activeIndex];
  const activeId = activeOption ? optionId(activeOption) : undefined;

  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: "nearest" });
  }, [activeId]);

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const count = matches.length;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (count > 0) setActive((activeIndex + (event.key === "ArrowDown" ? 1 : count - 1)) % count);
    } else if (event.key === "Enter") {
      event.preventDefault();
      if (activeOption) onChoose(activeOption);
    }
  }

  const text = t.indicators.picker;
  return (
    <dialog ref={dialog} className="citation-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <h2 id={`${id}-title`}>{text.title}</h2>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-search`}>
          {text.searchLabel}
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
        {state.status === "loading"
          ? t.indicators.loading
          : state.status === "ready"
            ? text.matches(matches.length)
            : ""}
      </p>
      {state.status === "failed" && (
        <p className="alert alert--error" role="alert">
          {state.message}
        </p>
      )}
      <div className="citation-dialog__list" id={`${id}-list`} role="listbox" aria-label={text.listLabel}>
        {matches.map((indicator, index) => (
          // The search box keeps the keyboard (aria-activedescendant): options are clicked, never tabbed to.
          // biome-ignore lint/a11y/useKeyWithClickEvents: keys are handled by the combobox, as ARIA's pattern asks.
          <div
            key={indicator.id}
            id={optionId(indicator)}
            role="option"
            tabIndex={-1}
            aria-selected={index === activeIndex}
            className="indicator-option"
            onClick={() => onChoose(indicator)}
          >
            <span className="indicator-option__label">{indicator.label}</span>
            <span className="indicator-option__meta">
              {[
                String(indicator.year),
                formatFigure(indicator.values.territoire, indicator.unit),
                indicator.theme,
                indicator.id === currentId ? text.current : "",
              ]
                .filter(Boolean)
                .join(" · ")}
            </span>
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

import { type Citation, citationOf, citeOnCard, type IndicatorView } from "@atelier/shared";
import { useState } from "react";
import type * as Y from "yjs";
import { useFocusReturn } from "../forms/use-focus-return.ts";
import { t } from "../i18n/text.ts";
import { IndicatorDialog } from "./indicator-dialog.tsx";
import "./indicators.css";

interface CitationPickerProps {
  /** The board's document: the citation is written there, like any edit of the card. */
  doc: Y.Doc;
  cardId: string;
  spaceId: string;
  token: string;
  current: Citation | undefined;
}

/** Cites one of the space's figures on a card, or removes it; the server keeps it up to date when it is corrected. */
export function CitationPicker({ doc, cardId, spaceId, token, current }: CitationPickerProps) {
  const [open, setOpen] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const trigger = useFocusReturn<HTMLButtonElement>(open);

  function cite(indicator: IndicatorView) {
    citeOnCard(doc, cardId, citationOf(indicator), Date.now());
    setAnnouncement(t.indicators.picker.cited(indicator.label, indicator.year));
    setOpen(false);
  }

  function remove() {
    citeOnCard(doc, cardId, null, Date.now());
    setAnnouncement(t.indicators.picker.removed);
    // The button pressed is gone with the citation: the keyboard goes on from the one that cites again.
    trigger.current?.focus();
  }

  return (
    <div className="citation-picker">
      <button
        ref={trigger}
        type="button"
        className="button button--small"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {current ? t.indicators.picker.change : t.indicators.picker.open}
      </button>
      {current && (
        <button type="button" className="button button--small button--quiet" onClick={remove}>
          {t.indicators.picker.remove}
        </button>
      )}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {open && (
        <IndicatorDialog
          spaceId={spaceId}
          token={token}
          currentId={current?.indicatorId}
          onChoose={cite}
          onClose={() => setOpen(false)}
        />
      )}
    </div>
  );
}

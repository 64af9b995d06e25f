import {
  type Citation,
  citationOf,
  citedFigure,
  citeOnCard,
  type IndicatorView,
  isServiceCitation,
  serviceCitationOf,
  type TerritoryService,
} from "@atelier/shared";
import { useState } from "react";
import type * as Y from "yjs";
import { useFocusReturn } from "../forms/use-focus-return.ts";
import { t } from "../i18n/text.ts";
import { ServiceDialog } from "../spaces/services/service-dialog.tsx";
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

/**
 * Cites one of the space's figures or one of its territory's services on a card, or removes it; the server keeps it
 * up to date when the figure is corrected or the service edited.
 */
export function CitationPicker({ doc, cardId, spaceId, token, current }: CitationPickerProps) {
  const [open, setOpen] = useState<"figure" | "service" | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const figureTrigger = useFocusReturn<HTMLButtonElement>(open === "figure");
  const serviceTrigger = useFocusReturn<HTMLButtonElement>(open === "service");
  const figure = citedFigure(current);
  const service = current && isServiceCitation(current) ? current : undefined;
  const figureText = t.indicators.picker;
  const serviceText = t.territoryServices.picker;

  function cite(citation: Citation, said: string) {
    citeOnCard(doc, cardId, citation, Date.now());
    setAnnouncement(said);
    setOpen(null);
  }

  function remove() {
    citeOnCard(doc, cardId, null, Date.now());
    setAnnouncement(service ? serviceText.removed : figureText.removed);
    // The button pressed is gone with the citation: the keyboard goes on from the one that cites the same again.
    (service ? serviceTrigger : figureTrigger).current?.focus();
  }

  const opener = (which: "figure" | "service", label: string) => (
    <button
      ref={which === "figure" ? figureTrigger : serviceTrigger}
      type="button"
      className="button button--small"
      aria-haspopup="dialog"
      onClick={() => setOpen(which)}
    >
      {label}
    </button>
  );

  return (
    <div className="citation-picker">
      {opener("figure", figure ? figureText.change : figureText.open)}
      {opener("service", service ? serviceText.change : serviceText.open)}
      {current && (
        <button type="button" className="button button--small button--quiet" onClick={remove}>
          {service ? serviceText.remove : figureText.remove}
        </button>
      )}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {open === "figure" && (
        <IndicatorDialog
          spaceId={spaceId}
          token={token}
          currentId={figure?.indicatorId}
          onChoose={(indicator: IndicatorView) =>
            cite(citationOf(indicator), figureText.cited(indicator.label, indicator.year))
          }
          onClose={() => setOpen(null)}
        />
      )}
      {open === "service" && (
        <ServiceDialog
          spaceId={spaceId}
          token={token}
          currentId={service?.serviceId}
          onChoose={(chosen: TerritoryService) => cite(serviceCitationOf(chosen), serviceText.cited(chosen.name))}
          onClose={() => setOpen(null)}
        />
      )}
    </div>
  );
}

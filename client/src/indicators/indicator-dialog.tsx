import { type IndicatorView, seriesOf } from "@atelier/shared";
import { useMemo } from "react";
import { t } from "../i18n/text.ts";
import { CitationDialog } from "./citation-dialog.tsx";
import { formatFigure } from "./figures.ts";
import { matchesQuery } from "./indicator-series.ts";
import { useIndicators } from "./use-indicators.ts";

interface IndicatorDialogProps {
  spaceId: string;
  token: string;
  /** The indicator the card cites already, marked in the list. */
  currentId: string | undefined;
  onChoose: (indicator: IndicatorView) => void;
  onClose: () => void;
}

/** The space's figures to cite, searched by label, theme or year. */
export function IndicatorDialog({ spaceId, token, currentId, onChoose, onClose }: IndicatorDialogProps) {
  const { state } = useIndicators(spaceId, token);

  // Every year of every indicator, grouped as the table shows them, the latest year first.
  const choices = useMemo(
    () => (state.status === "ready" ? seriesOf(state.indicators).flatMap((series) => series.years.toReversed()) : []),
    [state],
  );

  const text = t.indicators.picker;
  return (
    <CitationDialog
      title={text.title}
      searchLabel={text.searchLabel}
      listLabel={text.listLabel}
      countText={text.matches}
      status={state}
      loadingText={t.indicators.loading}
      choices={choices}
      matches={matchesQuery}
      idOf={(indicator) => indicator.id}
      labelOf={(indicator) => indicator.label}
      metaOf={(indicator) =>
        [
          String(indicator.year),
          formatFigure(indicator.values.territoire, indicator.unit),
          indicator.theme,
          indicator.id === currentId ? text.current : "",
        ]
          .filter(Boolean)
          .join(" · ")
      }
      onChoose={onChoose}
      onClose={onClose}
    />
  );
}

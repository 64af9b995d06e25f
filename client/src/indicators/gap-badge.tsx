import { gapTo, type IndicatorView } from "@atelier/shared";
import { t } from "../i18n/text.ts";
import { formatGap } from "./figures.ts";

interface GapBadgeProps {
  indicator: IndicatorView;
  level: "departement" | "france";
}

/** The territory's gap to a level: an arrow and a sign besides the colour, so that no one needs the colour to read it. */
export function GapBadge({ indicator, level }: GapBadgeProps) {
  const gap = gapTo(indicator, level);
  if (gap === null) return null;
  const direction = gap > 0 ? "above" : gap < 0 ? "below" : "equal";
  return (
    <span className={`gap gap--${direction}`}>
      <span className="visually-hidden">{t.indicators.gapPrefix} </span>
      <span aria-hidden="true">{direction === "above" ? "▲" : direction === "below" ? "▼" : "="} </span>
      {formatGap(gap, indicator.unit)}
    </span>
  );
}

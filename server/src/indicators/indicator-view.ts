import type { IndicatorView } from "@atelier/shared";
import type { IndicatorRecord } from "../store/indicator-store.ts";

/** An indicator as the API and the cards see it: without its space and its time of change. */
export function indicatorView({ spaceId: _, updatedAt: __, ...indicator }: IndicatorRecord): IndicatorView {
  return indicator;
}

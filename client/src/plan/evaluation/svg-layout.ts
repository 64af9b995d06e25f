/** Shared geometry of the horizontal bar charts: a fixed drawing width, scaled to the figure by the viewBox. */
export const CHART_WIDTH = 640;
export const LABEL_WIDTH = 220;
/** Room kept on the right of the bars for their value. */
const VALUE_WIDTH = 96;
export const ROW_HEIGHT = 34;
export const BAR_HEIGHT = 20;
export const BAR_AREA = CHART_WIDTH - LABEL_WIDTH - VALUE_WIDTH;

/** Long labels are cut in the drawing; the data table keeps them whole. */
export function shortLabel(label: string, max = 26): string {
  return label.length > max ? `${label.slice(0, max - 1).trimEnd()}…` : label;
}

import { formatNumber } from "../validation.ts";

/** A figure with its unit ("45 places", "18 %"), a dash when it was not measured. */
export const withUnit = (value: number | null, unit: string) =>
  value === null ? "—" : unit ? `${formatNumber(value)} ${unit}` : formatNumber(value);

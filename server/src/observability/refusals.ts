import { logOf } from "./log.ts";
import type { Metrics, RefusalReason } from "./metrics.ts";

const refusals = logOf("refusals");

/** Counts a refusal and writes one line with its reason and what it concerns (never the token that was used). */
export function recordRefusal(
  metrics: Metrics,
  reason: RefusalReason,
  fields: { document?: string; role?: string; socket?: string; detail: string },
): void {
  metrics.refusals.inc({ reason });
  refusals.warn({ reason, ...fields }, fields.detail);
}

import type { FicheStatus } from "@atelier/shared";
import { t } from "../i18n/text.ts";

/** The status in words, tinted by a class: the colour is never the only sign. */
export function StatusBadge({ status }: { status: FicheStatus }) {
  return <span className={`plan-status plan-status--${status}`}>{t.ficheFields.options.status[status]}</span>;
}

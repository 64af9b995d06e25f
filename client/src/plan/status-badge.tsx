import { FICHE_STATUS_LABELS, type FicheStatus } from "@atelier/shared";

/** The status in words, tinted by a class: the colour is never the only sign. */
export function StatusBadge({ status }: { status: FicheStatus }) {
  return <span className={`plan-status plan-status--${status}`}>{FICHE_STATUS_LABELS[status]}</span>;
}

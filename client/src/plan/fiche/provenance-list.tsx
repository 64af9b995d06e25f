import type { SourceRef } from "@atelier/shared";
import { Link } from "wouter";
import { t } from "../../i18n/text.ts";
import { boardPath } from "../../routes.ts";
import { formatDate } from "../dates.ts";
import { usePlan } from "../plan-context.ts";

/** The cards a fiche was promoted from, each linked to its board under the board's theme of today. */
export function ProvenanceList({ sources }: { sources: SourceRef[] }) {
  const { space } = usePlan();
  if (sources.length === 0) return <p className="muted">{t.plan.provenance.none}</p>;
  return (
    <ul className="plan-provenance">
      {sources.map((source) => {
        const board = space.boards.find((candidate) => candidate.id === source.boardId);
        return (
          <li key={`${source.boardId}/${source.cardId}`} className={`plan-provenance__item card--${source.kind}`}>
            <span className="plan-provenance__kind">{t.kinds[source.kind].label}</span>
            <span className="plan-provenance__title">{t.plan.provenance.title(source.title)}</span>
            <span className="plan-provenance__where">
              {board ? (
                <Link href={boardPath(space.id, board.id)}>{t.plan.provenance.board(board.theme)}</Link>
              ) : (
                t.plan.provenance.board(source.theme)
              )}
              {board && board.theme !== source.theme && (
                <span className="muted"> {t.plan.provenance.formerTheme(source.theme)}</span>
              )}
              <span className="muted"> · {t.plan.provenance.promotedOn(formatDate(source.promotedAt))}</span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}

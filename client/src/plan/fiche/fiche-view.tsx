import { Link } from "wouter";
import { t } from "../../i18n/text.ts";
import { planPath } from "../../routes.ts";
import { usePlan } from "../plan-context.ts";
import { VIEW_TITLE_ID } from "../plan-paths.ts";
import { FicheEditor } from "./fiche-editor.tsx";
import { FicheSheet } from "./fiche-sheet.tsx";

/** One fiche, editable by facilitators and read by the others; it may also have been deleted by someone meanwhile. */
export function FicheView({ ficheId }: { ficheId: string }) {
  const { space, snapshot, canEdit } = usePlan();
  const fiche = snapshot.fiches.find((candidate) => candidate.id === ficheId);
  const back = (
    <p className="plan-back plan-screen-only">
      <Link href={planPath(space.id)}>
        <span aria-hidden="true">← </span>
        {t.plan.backToPlan}
      </Link>
    </p>
  );

  if (!fiche) {
    return (
      <section className="plan-view" aria-labelledby={VIEW_TITLE_ID}>
        {back}
        <h2 id={VIEW_TITLE_ID} tabIndex={-1}>
          {t.plan.fiche.notFoundTitle}
        </h2>
        <p>{t.plan.fiche.notFound}</p>
      </section>
    );
  }
  return (
    <div className="plan-view">
      {back}
      {canEdit ? <FicheEditor fiche={fiche} /> : <FicheSheet fiche={fiche} level={2} titleId={VIEW_TITLE_ID} />}
    </div>
  );
}

import { createFiche } from "@atelier/shared";
import { useLocation } from "wouter";
import { newId } from "../../board/new-id.ts";
import { t } from "../../i18n/text.ts";
import { usePlan } from "../plan-context.ts";
import { fichePath } from "../plan-paths.ts";

/** Starts a fiche under an axis and opens it, its title ready to be replaced. */
export function NewFicheButton({ axisId, axisTitle }: { axisId: string; axisTitle: string }) {
  const { space, doc } = usePlan();
  const [, navigate] = useLocation();

  function create() {
    const id = newId();
    createFiche(doc, id, { title: t.plan.newFicheTitle, axisId, themes: [] }, Date.now());
    navigate(fichePath(space.id, id));
  }

  return (
    <button type="button" className="button" onClick={create} aria-label={t.plan.newFicheLabel(axisTitle)}>
      {t.plan.newFiche}
    </button>
  );
}

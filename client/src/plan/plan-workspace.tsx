// First, so that the views' stylesheets build on it.
import "./plan.css";
import type { SpaceView } from "@atelier/shared";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useSearchParams } from "wouter";
import type { DocumentConnection } from "../sync/use-document-connection.ts";
import type { CaretUser } from "../ui/collaborative-editor.tsx";
import { focusIsLost } from "../ui/use-focus-on-arrival.ts";
import { BilanView } from "./bilan/bilan-view.tsx";
import { EvaluationView } from "./evaluation/evaluation-view.tsx";
import { FicheView } from "./fiche/fiche-view.tsx";
import { FinancingView } from "./financing/financing-view.tsx";
import { GovernanceView } from "./governance/governance-view.tsx";
import { PlanContext, type PlanContextValue } from "./plan-context.ts";
import { PlanHeader } from "./plan-header.tsx";
import { PlanNav } from "./plan-nav.tsx";
import { planLocation, VIEW_TITLE_ID } from "./plan-paths.ts";
import { PrintablePlan } from "./print/printable-plan.tsx";
import { PlanStructure } from "./structure/plan-structure.tsx";
import { usePlanSnapshot } from "./use-plan-snapshot.ts";

interface PlanWorkspaceProps {
  space: SpaceView;
  connection: DocumentConnection;
  token: string;
  canEdit: boolean;
  user: CaretUser;
}

/** The synced plan: header, the views' navigation, and the view or fiche the address points to. */
export function PlanWorkspace({ space, connection, token, canEdit, user }: PlanWorkspaceProps) {
  const { doc, provider } = connection;
  const snapshot = usePlanSnapshot(doc, space.period);
  const [announcement, setAnnouncement] = useState("");
  const announce = useCallback((message: string) => setAnnouncement(message), []);
  const [search] = useSearchParams();
  const { view, ficheId } = planLocation(search);
  useFocusViewOnChange(`${view}/${ficheId}`);
  const context = useMemo<PlanContextValue>(
    () => ({ space, doc, provider, token, canEdit, user, snapshot, announce }),
    [space, doc, provider, token, canEdit, user, snapshot, announce],
  );

  return (
    <PlanContext value={context}>
      <div className="page page--wide plan">
        <PlanHeader status={connection.status} />
        {/* Inside a fiche, the tab of the view it belongs to (the axes and fiches: its address names no other) stays
            current. */}
        <PlanNav current={view} />
        {ficheId ? (
          <FicheView key={ficheId} ficheId={ficheId} />
        ) : view === "financement" ? (
          <FinancingView />
        ) : view === "evaluation" ? (
          <EvaluationView />
        ) : view === "bilan" ? (
          <BilanView />
        ) : view === "gouvernance" ? (
          <GovernanceView />
        ) : view === "impression" ? (
          <PrintablePlan />
        ) : (
          <PlanStructure />
        )}
        <p className="visually-hidden" aria-live="polite">
          {announcement}
        </p>
      </div>
    </PlanContext>
  );
}

/**
 * Moving to another view or fiche replaces most of the page: the focus goes to the new title (as it would on a new
 * page), not back to the top. The first view takes it too when nothing holds it, as after following a link from a
 * board ("Voir le plan d'actions"), which left with its page.
 */
function useFocusViewOnChange(place: string): void {
  const shown = useRef<string | null>(null);
  useEffect(() => {
    if (shown.current === place) return;
    const arriving = shown.current === null;
    shown.current = place;
    if (arriving && !focusIsLost()) return;
    document.getElementById(VIEW_TITLE_ID)?.focus();
  });
}

import type { AccessView, SpaceView } from "@atelier/shared";
import { type ReactNode, useMemo } from "react";
import { Link } from "wouter";
import { useSpaceAccess } from "../access/use-space-access.ts";
import { participantColor, storedDisplayName } from "../board/participant.ts";
import { fr } from "../i18n/fr.ts";
import { participationPath, spacePath } from "../routes.ts";
import { SpaceUnavailable } from "../spaces/space-unavailable.tsx";
import { useSpace } from "../spaces/use-space.ts";
import { useDocumentConnection } from "../sync/use-document-connection.ts";
import { PageMessage } from "../ui/page-message.tsx";
import { useDocumentTitle } from "../ui/use-document-title.ts";
import { PlanWorkspace } from "./plan-workspace.tsx";

/** The action plan of a space: facilitators edit it live, partners and observers read it. */
export function PlanPage({ spaceId }: { spaceId: string }) {
  const access = useSpaceAccess(spaceId);
  const { state } = useSpace(spaceId);
  useDocumentTitle(state.status === "ready" ? fr.plan.pageTitle(state.space.name) : undefined);

  if (state.status === "loading" || access.status === "checking") return <PageMessage>{fr.plan.loading}</PageMessage>;
  if (state.status === "failed") return <SpaceUnavailable message={state.message} />;
  const { space } = state;
  if (access.status === "none") {
    return <PageMessage title={fr.plan.noAccessTitle}>{backTo(space, fr.plan.noAccess)}</PageMessage>;
  }
  if (access.status === "invalid") {
    return (
      <PageMessage tone="error" title={fr.plan.noAccessTitle}>
        {backTo(space, access.message)}
      </PageMessage>
    );
  }
  const { token, view } = access.access;
  if (view.role === "habitant") {
    return (
      <PageMessage title={fr.plan.habitantTitle}>
        <p>{fr.plan.habitant}</p>
        <p>
          <Link href={participationPath(space.id)}>{fr.plan.toParticipation}</Link>
        </p>
      </PageMessage>
    );
  }
  return <ConnectedPlan space={space} token={token} view={view} />;
}

function backTo(space: SpaceView, message: string): ReactNode {
  return (
    <>
      <p>{message}</p>
      <p>
        <Link href={spacePath(space.id)}>
          {fr.plan.backToSpace} {space.name}
        </Link>
      </p>
    </>
  );
}

function ConnectedPlan({ space, token, view }: { space: SpaceView; token: string; view: AccessView }) {
  const connection = useDocumentConnection(space.plan.documentName, token);
  const user = useMemo(
    () => ({
      name: view.displayName ?? storedDisplayName() ?? fr.plan.roleNames[view.role],
      color: participantColor(),
    }),
    [view],
  );

  if (connection?.refusal) {
    return (
      <PageMessage tone="error" title={fr.plan.refusedTitle}>
        {backTo(space, fr.plan.refused(connection.refusal))}
      </PageMessage>
    );
  }
  if (!connection?.synced) return <PageMessage>{fr.plan.syncing}</PageMessage>;
  return (
    <PlanWorkspace
      space={space}
      connection={connection}
      token={token}
      canEdit={view.role === "facilitator" && !connection.readOnly}
      user={user}
    />
  );
}

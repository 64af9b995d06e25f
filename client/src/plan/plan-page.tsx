import type { AccessView, SpaceView } from "@atelier/shared";
import { type ReactNode, useMemo } from "react";
import { Link } from "wouter";
import { useSpaceAccess } from "../access/use-space-access.ts";
import { participantColor, storedDisplayName } from "../board/participant.ts";
import { t } from "../i18n/text.ts";
import { participationPath, spacePath } from "../routes.ts";
import { SpaceUnavailable } from "../spaces/space-unavailable.tsx";
import { useSpace } from "../spaces/use-space.ts";
import { OfflineBanner } from "../sync/offline-banner.tsx";
import { useDocumentConnection } from "../sync/use-document-connection.ts";
import { PageMessage } from "../ui/page-message.tsx";
import { useDocumentTitle } from "../ui/use-document-title.ts";
import { PlanWorkspace } from "./plan-workspace.tsx";

/** The action plan of a space: facilitators edit it live, partners and observers read it. */
export function PlanPage({ spaceId }: { spaceId: string }) {
  const access = useSpaceAccess(spaceId);
  const { state } = useSpace(spaceId, access.status === "ready" ? access.access.token : undefined);
  useDocumentTitle(state.status === "ready" ? t.plan.pageTitle(state.space.name) : undefined);

  if (state.status === "loading" || access.status === "checking") return <PageMessage>{t.plan.loading}</PageMessage>;
  if (state.status === "failed") return <SpaceUnavailable message={state.message} />;
  const { space } = state;
  if (access.status === "none") {
    return <PageMessage title={t.plan.noAccessTitle}>{backTo(space, t.plan.noAccess)}</PageMessage>;
  }
  if (access.status === "invalid") {
    return (
      <PageMessage tone="error" title={t.plan.noAccessTitle}>
        {backTo(space, access.message)}
      </PageMessage>
    );
  }
  const { token, view } = access.access;
  if (view.role === "habitant") {
    return (
      <PageMessage title={t.plan.habitantTitle}>
        <p>{t.plan.habitant}</p>
        <p>
          <Link href={participationPath(space.id)}>{t.plan.toParticipation}</Link>
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
          {t.plan.backToSpace} {space.name}
        </Link>
      </p>
    </>
  );
}

function ConnectedPlan({ space, token, view }: { space: SpaceView; token: string; view: AccessView }) {
  const connection = useDocumentConnection(space.plan.documentName, token);
  const user = useMemo(
    () => ({
      name: view.displayName ?? storedDisplayName() ?? t.plan.roleNames[view.role],
      color: participantColor(),
    }),
    [view],
  );

  if (connection?.refusal) {
    return (
      <PageMessage tone="error" title={t.plan.refusedTitle}>
        {backTo(space, t.plan.refused(connection.refusal))}
      </PageMessage>
    );
  }
  if (!connection?.synced) return <PageMessage>{t.plan.syncing}</PageMessage>;
  return (
    <>
      <OfflineBanner connection={connection} standalone />
      <PlanWorkspace
        space={space}
        connection={connection}
        token={token}
        canEdit={view.role === "facilitator" && !connection.readOnly}
        user={user}
      />
    </>
  );
}

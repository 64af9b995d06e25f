import { FACILITATOR_PARTICIPANT_ID } from "@atelier/shared";
import { type ReactNode, useMemo, useState } from "react";
import { Link } from "wouter";
import { useFacilitatorSecret } from "../access/use-facilitator-secret.ts";
import { fr } from "../i18n/fr.ts";
import { spacePath } from "../routes.ts";
import { SpaceUnavailable } from "../spaces/space-unavailable.tsx";
import { useSpace } from "../spaces/use-space.ts";
import { PageMessage } from "../ui/page-message.tsx";
import { useDocumentTitle } from "../ui/use-document-title.ts";
import { BoardHeader } from "./board-header.tsx";
import { DisplayNameForm } from "./display-name-form.tsx";
import { LiveBoard } from "./live-board.tsx";
import { type Participant, participantColor, storeDisplayName, storedDisplayName } from "./participant.ts";

export function BoardPage({ spaceId, boardId }: { spaceId: string; boardId: string }) {
  const secret = useFacilitatorSecret(spaceId);
  const { state } = useSpace(spaceId);
  const [name, setName] = useState(storedDisplayName);
  const [joinedJustNow, setJoinedJustNow] = useState(false);
  const board = state.status === "ready" ? state.space.boards.find((candidate) => candidate.id === boardId) : undefined;
  useDocumentTitle(board && state.status === "ready" ? `${board.theme} · ${state.space.name}` : undefined);
  // The only token this client holds today is the facilitator secret; invitations will bring the other roles.
  const participant = useMemo<Participant | null>(
    () => (name ? { id: FACILITATOR_PARTICIPANT_ID, name, color: participantColor(), role: "facilitator" } : null),
    [name],
  );

  if (state.status === "loading") return <PageMessage>{fr.board.loading}</PageMessage>;
  if (state.status === "failed") return <SpaceUnavailable message={state.message} />;
  const { space } = state;
  if (!board) {
    return <PageMessage tone="error">{withLink(fr.board.notFound, spacePath(space.id), space.name)}</PageMessage>;
  }
  if (!secret) {
    return (
      <PageMessage title={fr.space.noAccessTitle}>
        {withLink(fr.space.noAccess, spacePath(space.id), space.name)}
      </PageMessage>
    );
  }
  if (!participant) {
    return (
      <div className="page page--wide board">
        <BoardHeader space={space} board={board} />
        <DisplayNameForm
          onSubmit={(chosen) => {
            storeDisplayName(chosen);
            setName(chosen);
            setJoinedJustNow(true);
          }}
        />
      </div>
    );
  }
  return (
    <LiveBoard space={space} board={board} token={secret} participant={participant} focusAddCard={joinedJustNow} />
  );
}

function withLink(message: string, href: string, label: string): ReactNode {
  return (
    <>
      <p>{message}</p>
      <p>
        <Link href={href}>
          {fr.board.backToSpace} {label}
        </Link>
      </p>
    </>
  );
}

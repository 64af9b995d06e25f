import { facilitatorParticipantId } from "@atelier/shared";
import { type ReactNode, useMemo, useState } from "react";
import { Link, Redirect } from "wouter";
import { useSpaceAccess } from "../access/use-space-access.ts";
import { t } from "../i18n/text.ts";
import { LostAccess } from "../participation/lost-access.tsx";
import { participationBoardPath, spacePath } from "../routes.ts";
import { SpaceUnavailable } from "../spaces/space-unavailable.tsx";
import { useSpace } from "../spaces/use-space.ts";
import { loadedApart } from "../ui/loaded-apart.tsx";
import { PageMessage } from "../ui/page-message.tsx";
import { useDocumentTitle } from "../ui/use-document-title.ts";
import { BoardBeforeSync } from "./board-before-sync.tsx";
import { BoardHeader } from "./board-header.tsx";
import { DisplayNameForm } from "./display-name-form.tsx";
import { type Participant, participantColor, storeDisplayName, storedDisplayName } from "./participant.ts";
import { useFirstScreen } from "./use-first-screen.ts";

/**
 * The live board (Yjs, the connection, the editable surface) is most of the page's code: the board's first screen
 * does not wait for it to load.
 */
const LiveBoard = loadedApart(() => import("./live-board.tsx").then((module) => module.LiveBoard));

export function BoardPage({ spaceId, boardId }: { spaceId: string; boardId: string }) {
  const access = useSpaceAccess(spaceId);
  const { state } = useSpace(spaceId);
  const [name, setName] = useState(storedDisplayName);
  const [joinedJustNow, setJoinedJustNow] = useState(false);
  const board = state.status === "ready" ? state.space.boards.find((candidate) => candidate.id === boardId) : undefined;
  useDocumentTitle(board && state.status === "ready" ? `${board.theme} · ${state.space.name}` : undefined);
  const view = access.status === "ready" ? access.access.view : null;
  // Those who joined through a link gave their name then; facilitators give it here.
  const shownName = view?.displayName ?? name;
  const participant = useMemo<Participant | null>(
    () =>
      view && shownName
        ? {
            id: view.role === "facilitator" ? facilitatorParticipantId(shownName) : view.participantId,
            name: shownName,
            color: participantColor(),
            role: view.role,
          }
        : null,
    [view, shownName],
  );
  // The first screen is asked for while the server checks the token and sends the space, rather than after: it is
  // refused to a bad token as the board would be.
  const token = access.status === "ready" ? access.access.token : access.status === "checking" ? access.token : null;
  const firstScreen = useFirstScreen(spaceId, boardId, token);

  if (state.status === "loading" || access.status === "checking") return <PageMessage>{t.board.loading}</PageMessage>;
  if (state.status === "failed") return <SpaceUnavailable message={state.message} />;
  const { space } = state;
  if (!board) {
    return <PageMessage tone="error">{withLink(t.board.notFound, spacePath(space.id), space.name)}</PageMessage>;
  }
  if (access.status === "none") {
    return (
      <PageMessage title={t.space.noAccessTitle}>
        {withLink(t.space.noAccess, spacePath(space.id), space.name)}
      </PageMessage>
    );
  }
  if (access.status === "invalid") {
    return (
      <div className="page page--wide board">
        <LostAccess reason={access.message} />
      </div>
    );
  }
  if (access.access.view.role === "habitant") return <Redirect to={participationBoardPath(spaceId, boardId)} replace />;
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
    <LiveBoard
      space={space}
      board={board}
      firstScreen={firstScreen}
      token={access.access.token}
      participant={participant}
      focusAddCard={joinedJustNow}
      fallback={
        <div className="page page--wide board">
          <BoardBeforeSync space={space} board={board} firstScreen={firstScreen} role={participant.role} />
        </div>
      }
    />
  );
}

function withLink(message: string, href: string, label: string): ReactNode {
  return (
    <>
      <p>{message}</p>
      <p>
        <Link href={href}>
          {t.board.backToSpace} {label}
        </Link>
      </p>
    </>
  );
}

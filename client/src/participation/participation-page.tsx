import type { BoardView, SpaceView } from "@atelier/shared";
import { Link, Redirect } from "wouter";
import type { SpaceAccess } from "../access/participant-access.ts";
import { useSpaceAccess } from "../access/use-space-access.ts";
import { t } from "../i18n/text.ts";
import { PublicPageLink } from "../public-page/public-page-link.tsx";
import { participationBoardPath, participationPath, spacePath } from "../routes.ts";
import { SpaceUnavailable } from "../spaces/space-unavailable.tsx";
import { useSpace } from "../spaces/use-space.ts";
import { PageMessage } from "../ui/page-message.tsx";
import { useDocumentTitle } from "../ui/use-document-title.ts";
import { BoardChoice } from "./board-choice.tsx";
import { HabitantBoard } from "./habitant-board.tsx";
import { LeaveParticipation } from "./leave-participation.tsx";
import { LostAccess } from "./lost-access.tsx";
import "./participation.css";

interface ParticipationPageProps {
  spaceId: string;
  /** Absent: the habitant still has to choose among the boards their link opens. */
  boardId?: string;
}

export function ParticipationPage({ spaceId, boardId }: ParticipationPageProps) {
  const access = useSpaceAccess(spaceId);
  const { state } = useSpace(spaceId);
  const board = state.status === "ready" ? state.space.boards.find((candidate) => candidate.id === boardId) : undefined;
  useDocumentTitle(state.status === "ready" ? (board?.theme ?? state.space.name) : undefined);

  if (state.status === "loading" || access.status === "checking") {
    return <PageMessage>{t.participation.loading}</PageMessage>;
  }
  if (state.status === "failed") return <SpaceUnavailable message={state.message} />;
  if (access.status === "none") {
    return (
      <PageMessage title={t.participation.noAccessTitle}>
        <p>{t.participation.noAccess}</p>
      </PageMessage>
    );
  }
  if (access.status === "invalid") {
    return (
      <div className="page participation">
        <LostAccess reason={access.message} />
      </div>
    );
  }
  // Partners, observers and facilitators work from the space's boards.
  if (access.access.view.role !== "habitant") return <Redirect to={spacePath(spaceId)} replace />;
  return <Participation space={state.space} boardId={boardId} access={access.access} />;
}

/** Boards a habitant can contribute to: those of their link, archived ones aside. */
function boardsFor(space: SpaceView, access: SpaceAccess): BoardView[] {
  const { boardIds } = access.view;
  return space.boards.filter((board) => !board.archived && (!boardIds || boardIds.includes(board.id)));
}

function Participation({ space, boardId, access }: { space: SpaceView; boardId?: string; access: SpaceAccess }) {
  const boards = boardsFor(space, access);
  const only = boards.length === 1 ? boards[0] : undefined;
  if (!boardId && only) return <Redirect to={participationBoardPath(space.id, only.id)} replace />;
  const board = boards.find((candidate) => candidate.id === boardId);

  return (
    <div className="page participation">
      <header className="participation__header">
        <p className="eyebrow">{space.name}</p>
        <h1>{board ? board.theme : t.participation.chooseBoard}</h1>
        {board?.description && <p className="muted">{board.description}</p>}
      </header>
      {boardId && !board && (
        <p className="alert alert--error" role="alert">
          {t.participation.boardMissing}
        </p>
      )}
      {board ? (
        <HabitantBoard key={board.id} spaceId={space.id} board={board} access={access} />
      ) : (
        <BoardChoice spaceId={space.id} boards={boards} />
      )}
      <footer className="participation__footer">
        {board && boards.length > 1 && <Link href={participationPath(space.id)}>{t.participation.otherBoards}</Link>}
        <PublicPageLink spaceId={space.id} token={access.token} />
        <LeaveParticipation spaceId={space.id} access={access} />
      </footer>
    </div>
  );
}

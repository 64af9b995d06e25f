import type { BoardView, SpaceView } from "@atelier/shared";
import { useRef } from "react";
import { useFacilitatorSecret } from "../access/use-facilitator-secret.ts";
import { spacesApi } from "../api/spaces-api.ts";
import { fr } from "../i18n/fr.ts";
import { PageMessage } from "../ui/page-message.tsx";
import { useDocumentTitle } from "../ui/use-document-title.ts";
import { BoardTile } from "./board-tile.tsx";
import { useFirstViewOfNewSpace } from "./fresh-space.ts";
import { SecretNotice } from "./secret-notice.tsx";
import { SpaceUnavailable } from "./space-unavailable.tsx";
import { ThemeForm } from "./theme-form.tsx";
import { useSpace } from "./use-space.ts";

export function SpacePage({ spaceId }: { spaceId: string }) {
  const secret = useFacilitatorSecret(spaceId);
  const { state, putBoard } = useSpace(spaceId);
  useDocumentTitle(state.status === "ready" ? state.space.name : undefined);

  if (state.status === "loading") return <PageMessage>{fr.space.loading}</PageMessage>;
  if (state.status === "failed") return <SpaceUnavailable message={state.message} />;
  return <SpaceOverview space={state.space} secret={secret} putBoard={putBoard} />;
}

interface SpaceOverviewProps {
  space: SpaceView;
  secret: string | null;
  putBoard: ReturnType<typeof useSpace>["putBoard"];
}

function SpaceOverview({ space, secret, putBoard }: SpaceOverviewProps) {
  const [fresh, dismissFresh] = useFirstViewOfNewSpace();
  const heading = useRef<HTMLHeadingElement>(null);
  const active = space.boards.filter((board) => !board.archived);
  const archived = space.boards.filter((board) => board.archived);

  function dismissSecret() {
    dismissFresh();
    heading.current?.focus();
  }

  const boardGrid = (boards: BoardView[]) => (
    <ul className="board-grid">
      {boards.map((board) => (
        <BoardTile key={board.id} spaceId={space.id} board={board} secret={secret} onChange={putBoard} />
      ))}
    </ul>
  );

  return (
    <div className="page page--narrow space">
      <header className="space__header">
        <p className="eyebrow">{fr.space.period(space.period.start, space.period.end)}</p>
        <h1 ref={heading} tabIndex={-1}>
          {space.name}
        </h1>
      </header>

      {fresh && secret && <SecretNotice spaceId={space.id} secret={secret} onDismiss={dismissSecret} />}
      {!secret && (
        <section className="notice notice--info" aria-labelledby="no-access-title">
          <h2 id="no-access-title">{fr.space.noAccessTitle}</h2>
          <p>{fr.space.noAccess}</p>
        </section>
      )}

      <section aria-labelledby="boards-title">
        <h2 id="boards-title">{fr.space.boardsTitle}</h2>
        {active.length === 0 ? <p className="muted">{fr.space.noBoards}</p> : boardGrid(active)}
      </section>

      {secret && (
        <section className="panel add-theme" aria-labelledby="add-theme-title">
          <h2 id="add-theme-title">{fr.space.addThemeTitle}</h2>
          <ThemeForm
            title={fr.space.addThemeTitle}
            submitLabel={fr.space.addThemeSubmit}
            onSubmit={async (theme) => putBoard(await spacesApi.addBoard(space.id, secret, theme))}
          />
        </section>
      )}

      {archived.length > 0 && (
        <section aria-labelledby="archived-title">
          <h2 id="archived-title">{fr.space.archivedTitle}</h2>
          <p className="muted">{fr.space.archivedIntro}</p>
          {boardGrid(archived)}
        </section>
      )}
    </div>
  );
}

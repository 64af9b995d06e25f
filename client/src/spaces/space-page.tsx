import { type AccessView, type BoardView, PLAN_READER_ROLES, type SpaceView } from "@atelier/shared";
import { useRef } from "react";
import { Link, Redirect } from "wouter";
import { type SpaceAccessState, useSpaceAccess } from "../access/use-space-access.ts";
import { spacesApi } from "../api/spaces-api.ts";
import { t } from "../i18n/text.ts";
import { diagnosticPath, indicatorsPath, participationPath, planPath } from "../routes.ts";
import { PageMessage } from "../ui/page-message.tsx";
import { useDocumentTitle } from "../ui/use-document-title.ts";
import { useFocusOnArrival } from "../ui/use-focus-on-arrival.ts";
import { AccessNotice } from "./access-notice.tsx";
import { ArchiveSection } from "./archive/archive-section.tsx";
import { BoardTile } from "./board-tile.tsx";
import { EditConvention } from "./convention-edit.tsx";
import { DemarcheSection } from "./demarche/demarche-section.tsx";
import { FirstRunGuide } from "./first-run/first-run-guide.tsx";
import { useFirstViewOfNewSpace } from "./fresh-space.ts";
import { InvitationsSection } from "./invitations/invitations-section.tsx";
import { invitedYet, useInvitations } from "./invitations/use-invitations.ts";
import { ParticipantsSection } from "./participants/participants-section.tsx";
import { PublicPageSection } from "./public-page/public-page-section.tsx";
import { ConventionLinks } from "./renewal/convention-links.tsx";
import { SecretNotice } from "./secret-notice.tsx";
import { ServicesSection } from "./services/services-section.tsx";
import { SpaceUnavailable } from "./space-unavailable.tsx";
import { TerritorySection } from "./territory/territory-section.tsx";
import { ThemeForm } from "./theme-form.tsx";
import "./space-page.css";
import { useSpace } from "./use-space.ts";

export function SpacePage({ spaceId }: { spaceId: string }) {
  const access = useSpaceAccess(spaceId);
  const { state, putBoard, putSpace } = useSpace(spaceId, access.status === "ready" ? access.access.token : undefined);
  useDocumentTitle(state.status === "ready" ? state.space.name : undefined);

  if (access.status === "ready" && access.access.view.role === "habitant") {
    return <Redirect to={participationPath(spaceId)} replace />;
  }
  if (state.status === "loading" || access.status === "checking") return <PageMessage>{t.space.loading}</PageMessage>;
  if (state.status === "failed") return <SpaceUnavailable message={state.message} />;
  return <SpaceOverview space={state.space} access={access} putBoard={putBoard} putSpace={putSpace} />;
}

/** The boards a token opens: all of them for a facilitator, those of the invitation for the others. */
function boardsOpenTo(boards: BoardView[], view: AccessView): BoardView[] {
  const { boardIds } = view;
  return boardIds ? boards.filter((board) => boardIds.includes(board.id)) : boards;
}

interface SpaceOverviewProps {
  space: SpaceView;
  access: Exclude<SpaceAccessState, { status: "checking" }>;
  putBoard: ReturnType<typeof useSpace>["putBoard"];
  putSpace: ReturnType<typeof useSpace>["putSpace"];
}

function SpaceOverview({ space, access, putBoard, putSpace }: SpaceOverviewProps) {
  const [fresh, dismissFresh] = useFirstViewOfNewSpace();
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnArrival(heading);
  const view = access.status === "ready" ? access.access.view : null;
  const secret = access.status === "ready" && view?.role === "facilitator" ? access.access.token : null;
  const invitations = useInvitations(space.id, secret);
  const boards = view ? boardsOpenTo(space.boards, view) : space.boards;
  const active = boards.filter((board) => !board.archived);
  const archived = boards.filter((board) => board.archived);

  function dismissSecret() {
    dismissFresh();
    heading.current?.focus();
  }

  const boardGrid = (list: BoardView[]) => (
    <ul className="board-grid">
      {list.map((board) => (
        <BoardTile key={board.id} spaceId={space.id} board={board} secret={secret} onChange={putBoard} />
      ))}
    </ul>
  );

  return (
    <div className="page page--narrow space">
      <header className="space__header">
        <p className="eyebrow">{t.space.period(space.period.start, space.period.end)}</p>
        <h1 ref={heading} tabIndex={-1}>
          {space.name}
        </h1>
        <ConventionLinks space={space} />
        {secret && <EditConvention space={space} secret={secret} onSaved={putSpace} />}
      </header>

      {fresh && secret && <SecretNotice spaceId={space.id} secret={secret} onDismiss={dismissSecret} />}
      {!secret && <AccessNotice access={access} />}
      {secret && <FirstRunGuide space={space} invited={invitedYet(invitations.state)} />}

      <section aria-labelledby="boards-title">
        <h2 id="boards-title" tabIndex={-1}>
          {t.space.boardsTitle}
        </h2>
        {active.length === 0 ? (
          <p className="muted">{secret ? t.space.noBoards : t.participation.noBoards}</p>
        ) : (
          boardGrid(active)
        )}
      </section>

      {view && (
        <nav className="space-links" aria-labelledby="space-links-title">
          <h2 id="space-links-title">{t.space.linksTitle}</h2>
          <ul className="space-links__list">
            <li>
              <Link className="space-links__link" href={indicatorsPath(space.id)}>
                <strong>{t.space.indicatorsLink}</strong>
                <span>{t.space.indicatorsHint}</span>
              </Link>
            </li>
            <li>
              <Link className="space-links__link" href={diagnosticPath(space.id)}>
                <strong>{t.diagnostic.link}</strong>
                <span>{t.diagnostic.linkHint}</span>
              </Link>
            </li>
            <li>
              <Link className="space-links__link" href={planPath(space.id)}>
                <strong>{t.space.planLink}</strong>
                <span>{t.space.planHint}</span>
              </Link>
            </li>
          </ul>
        </nav>
      )}

      {access.status === "ready" && view && view.role !== "habitant" && (
        <DemarcheSection
          // Its bilans are one per year of the period: read again once the period changes.
          key={`${space.period.start}-${space.period.end}`}
          space={space}
          token={access.access.token}
          canEdit={view.role === "facilitator"}
        />
      )}

      <TerritorySection
        space={space}
        secret={secret}
        planToken={
          access.status === "ready" && view && PLAN_READER_ROLES.includes(view.role) ? access.access.token : null
        }
        onSaved={putSpace}
      />

      {access.status === "ready" && view && view.role !== "habitant" && (
        <ServicesSection
          spaceId={space.id}
          communes={space.territory.communes}
          token={access.access.token}
          secret={secret}
        />
      )}

      {secret && (
        <section className="panel add-theme" aria-labelledby="add-theme-title">
          <h2 id="add-theme-title">{t.space.addThemeTitle}</h2>
          <ThemeForm
            title={t.space.addThemeTitle}
            submitLabel={t.space.addThemeSubmit}
            onSubmit={async (theme) => putBoard(await spacesApi.addBoard(space.id, secret, theme))}
          />
        </section>
      )}

      {secret && <InvitationsSection space={space} invitations={invitations} />}
      {secret && <PublicPageSection spaceId={space.id} secret={secret} />}
      {secret && <ParticipantsSection spaceId={space.id} secret={secret} />}
      {secret && <ArchiveSection spaceId={space.id} secret={secret} />}

      {archived.length > 0 && (
        <section aria-labelledby="archived-title">
          <h2 id="archived-title">{t.space.archivedTitle}</h2>
          <p className="muted">{t.space.archivedIntro}</p>
          {boardGrid(archived)}
        </section>
      )}
    </div>
  );
}

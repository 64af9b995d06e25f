import { lazy, Suspense } from "react";
import { Link, Route, Switch } from "wouter";
import { LanguageSwitch } from "./i18n/language-switch.tsx";
import { t } from "./i18n/text.ts";
import { JoinPage } from "./join/join-page.tsx";
import { PublicPage } from "./public-page/public-page.tsx";
import { homePath, joinPath, questionnairePath } from "./routes.ts";
import { HomePage } from "./spaces/home-page.tsx";
import { PageMessage } from "./ui/page-message.tsx";
import { useDocumentTitle } from "./ui/use-document-title.ts";

// A space's page is the facilitator's desk (territory, services, invitations, archives): habitants and partners
// arriving on a phone from a link load without it.
const SpacePage = lazy(() => import("./spaces/space-page.tsx").then((module) => ({ default: module.SpacePage })));
// The live board carries the editor and the sync stack: the home and space pages load without them.
const BoardPage = lazy(() => import("./board/board-page.tsx").then((module) => ({ default: module.BoardPage })));
// The action plan carries the editor and the sync stack too.
const PlanPage = lazy(() => import("./plan/plan-page.tsx").then((module) => ({ default: module.PlanPage })));
// The figures' page is only for those who open it: the home and space pages load without it.
const IndicatorsPage = lazy(() =>
  import("./indicators/indicators-page.tsx").then((module) => ({ default: module.IndicatorsPage })),
);
// Partners open the satisfaction questionnaire from a link, often on a phone: its page loads on its own.
const SatisfactionPage = lazy(() =>
  import("./satisfaction/satisfaction-page.tsx").then((module) => ({ default: module.SatisfactionPage })),
);
// The diagnostic is read before a COPIL, rarely: the other pages load without it.
const DiagnosticPage = lazy(() =>
  import("./diagnostic/diagnostic-page.tsx").then((module) => ({ default: module.DiagnosticPage })),
);
// The habitants' page needs the sync stack but not the editor: a lighter load on a phone's connection.
const ParticipationPage = lazy(() =>
  import("./participation/participation-page.tsx").then((module) => ({ default: module.ParticipationPage })),
);

export function App() {
  return (
    <>
      <a className="skip-link" href="#contenu">
        {t.app.skipToContent}
      </a>
      <header className="topbar">
        <Link className="topbar__brand" href={homePath} aria-label={t.app.homeLink}>
          <img src="/favicon.svg" alt="" width="28" height="28" />
          {t.app.name}
        </Link>
        <LanguageSwitch />
      </header>
      <main id="contenu" tabIndex={-1}>
        <Switch>
          <Route path="/">
            <HomePage />
          </Route>
          <Route path="/espaces/:spaceId">
            {({ spaceId }) => (
              <Suspense fallback={<PageMessage>{t.space.loading}</PageMessage>}>
                <SpacePage key={spaceId} spaceId={spaceId} />
              </Suspense>
            )}
          </Route>
          <Route path="/espaces/:spaceId/plan">
            {({ spaceId }) => (
              <Suspense fallback={<PageMessage>{t.plan.loading}</PageMessage>}>
                <PlanPage key={spaceId} spaceId={spaceId} />
              </Suspense>
            )}
          </Route>
          <Route path="/espaces/:spaceId/indicateurs">
            {({ spaceId }) => (
              <Suspense fallback={<PageMessage>{t.indicators.loading}</PageMessage>}>
                <IndicatorsPage key={spaceId} spaceId={spaceId} />
              </Suspense>
            )}
          </Route>
          <Route path="/espaces/:spaceId/diagnostic">
            {({ spaceId }) => (
              <Suspense fallback={<PageMessage>{t.diagnostic.loading}</PageMessage>}>
                <DiagnosticPage key={spaceId} spaceId={spaceId} />
              </Suspense>
            )}
          </Route>
          <Route path="/espaces/:spaceId/tableaux/:boardId">
            {({ spaceId, boardId }) => (
              <Suspense fallback={<PageMessage>{t.board.loading}</PageMessage>}>
                <BoardPage key={`${spaceId}/${boardId}`} spaceId={spaceId} boardId={boardId} />
              </Suspense>
            )}
          </Route>
          <Route path={joinPath}>
            <JoinPage />
          </Route>
          <Route path={questionnairePath}>
            <Suspense fallback={<PageMessage>{t.satisfaction.loading}</PageMessage>}>
              <SatisfactionPage />
            </Suspense>
          </Route>
          <Route path="/participer/:spaceId/:boardId?">
            {({ spaceId, boardId }) => (
              <Suspense fallback={<PageMessage>{t.participation.loading}</PageMessage>}>
                <ParticipationPage key={spaceId} spaceId={spaceId} boardId={boardId} />
              </Suspense>
            )}
          </Route>
          <Route path="/retenu/:slug">{({ slug }) => <PublicPage key={slug} slug={slug} />}</Route>
          <Route>
            <NotFound />
          </Route>
        </Switch>
      </main>
    </>
  );
}

function NotFound() {
  useDocumentTitle(t.errors.notFoundTitle);
  return (
    <PageMessage title={t.errors.notFoundTitle}>
      <p>{t.errors.notFound}</p>
      <p>
        <Link href={homePath}>{t.errors.backHome}</Link>
      </p>
    </PageMessage>
  );
}

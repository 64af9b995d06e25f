import { Link, Route, Switch, useLocation } from "wouter";
import { LanguageSwitch } from "./i18n/language-switch.tsx";
import { t } from "./i18n/text.ts";
import { isPhonePage } from "./phone-pages.ts";
import { codePath, homePath, joinPath, questionnairePath } from "./routes.ts";
import { LoadFromServer } from "./ui/load-from-server.tsx";
import { loadedApart } from "./ui/loaded-apart.tsx";
// Written into the frame's code: no request of its own on a phone's slow network (400 bytes).
import logo from "./ui/logo.svg?inline";
import { PageErrorBoundary } from "./ui/page-error-boundary.tsx";
import { PageMessage } from "./ui/page-message.tsx";
import { useDocumentTitle } from "./ui/use-document-title.ts";

// Every page is loaded on its own, so that the first download holds only the frame and the page asked for (the
// build's index.html fetches that page along with the frame, see client/build/page-preloads.ts).
const HomePage = loadedApart(() => import("./spaces/home-page.tsx").then((module) => module.HomePage));
// Habitants and partners open an invitation link on a phone, often on a slow network.
const JoinPage = loadedApart(() => import("./join/join-page.tsx").then((module) => module.JoinPage));
// Habitants type the projector's short address on a phone.
const CodeJoinPage = loadedApart(() => import("./join/code-join-page.tsx").then((module) => module.CodeJoinPage));
// Habitants open the public page from a QR code, on a phone.
const PublicPage = loadedApart(() => import("./public-page/public-page.tsx").then((module) => module.PublicPage));
// A space's page is the facilitator's desk (territory, services, invitations, archives): habitants and partners
// arriving on a phone from a link load without it.
const SpacePage = loadedApart(() => import("./spaces/space-page.tsx").then((module) => module.SpacePage));
// The live board carries the editor and the sync stack: the home and space pages load without them.
const BoardPage = loadedApart(() => import("./board/board-page.tsx").then((module) => module.BoardPage));
// The action plan carries the editor and the sync stack too.
const PlanPage = loadedApart(() => import("./plan/plan-page.tsx").then((module) => module.PlanPage));
// The figures' page is only for those who open it: the home and space pages load without it.
const IndicatorsPage = loadedApart(() =>
  import("./indicators/indicators-page.tsx").then((module) => module.IndicatorsPage),
);
// Partners open the satisfaction questionnaire from a link, often on a phone: its page loads on its own.
const SatisfactionPage = loadedApart(() =>
  import("./satisfaction/satisfaction-page.tsx").then((module) => module.SatisfactionPage),
);
// The diagnostic is read before a COPIL, rarely: the other pages load without it.
const DiagnosticPage = loadedApart(() =>
  import("./diagnostic/diagnostic-page.tsx").then((module) => module.DiagnosticPage),
);
// The habitants' page needs the sync stack but not the editor: a lighter load on a phone's connection.
const ParticipationPage = loadedApart(() =>
  import("./participation/participation-page.tsx").then((module) => module.ParticipationPage),
);

export function App() {
  // A page that failed to load is forgotten once the reader goes elsewhere.
  const [location] = useLocation();
  return (
    <>
      <a className="skip-link" href="#contenu">
        {t.app.skipToContent}
      </a>
      <header className="topbar">
        <Link className="topbar__brand" href={homePath} aria-label={t.app.homeLink}>
          <img src={logo} alt="" width="28" height="28" />
          {t.app.name}
        </Link>
        <LanguageSwitch />
      </header>
      <main id="contenu" tabIndex={-1}>
        <PageErrorBoundary key={location}>
          {/* The phones' build (build/phone-build.ts) draws the phone pages alone: the server sends the others. */}
          {import.meta.env.MODE === "phone" && !isPhonePage(location) ? <LoadFromServer /> : <Pages />}
        </PageErrorBoundary>
      </main>
    </>
  );
}

/**
 * A page whose words the phones' build lacks is made only when its path matches, by its route's function: that
 * build draws the phone pages alone, with their words alone.
 */
function Pages() {
  return (
    <Switch>
      <Route path="/">
        <HomePage fallback={<PageMessage>{t.app.loadingPage}</PageMessage>} />
      </Route>
      <Route path="/espaces/:spaceId">
        {({ spaceId }) => (
          <SpacePage key={spaceId} spaceId={spaceId} fallback={<PageMessage>{t.space.loading}</PageMessage>} />
        )}
      </Route>
      <Route path="/espaces/:spaceId/plan">
        {({ spaceId }) => (
          <PlanPage key={spaceId} spaceId={spaceId} fallback={<PageMessage>{t.plan.loading}</PageMessage>} />
        )}
      </Route>
      <Route path="/espaces/:spaceId/indicateurs">
        {({ spaceId }) => (
          <IndicatorsPage
            key={spaceId}
            spaceId={spaceId}
            fallback={<PageMessage>{t.indicators.loading}</PageMessage>}
          />
        )}
      </Route>
      <Route path="/espaces/:spaceId/diagnostic">
        {({ spaceId }) => (
          <DiagnosticPage
            key={spaceId}
            spaceId={spaceId}
            fallback={<PageMessage>{t.diagnostic.loading}</PageMessage>}
          />
        )}
      </Route>
      <Route path="/espaces/:spaceId/tableaux/:boardId">
        {({ spaceId, boardId }) => (
          <BoardPage
            key={`${spaceId}/${boardId}`}
            spaceId={spaceId}
            boardId={boardId}
            fallback={<PageMessage>{t.board.loading}</PageMessage>}
          />
        )}
      </Route>
      <Route path={joinPath}>
        <JoinPage fallback={<PageMessage>{t.app.loadingPage}</PageMessage>} />
      </Route>
      <Route path={`${codePath}/:code?`}>
        {({ code }) => (
          <CodeJoinPage key={code} code={code} fallback={<PageMessage>{t.app.loadingPage}</PageMessage>} />
        )}
      </Route>
      <Route path={questionnairePath}>
        {() => <SatisfactionPage fallback={<PageMessage>{t.satisfaction.loading}</PageMessage>} />}
      </Route>
      <Route path="/participer/:spaceId/:boardId?">
        {({ spaceId, boardId }) => (
          <ParticipationPage
            key={spaceId}
            spaceId={spaceId}
            boardId={boardId}
            fallback={<PageMessage>{t.participation.loading}</PageMessage>}
          />
        )}
      </Route>
      <Route path="/retenu/:slug">
        {({ slug }) => (
          <PublicPage key={slug} slug={slug} fallback={<PageMessage>{t.publicPage.loading}</PageMessage>} />
        )}
      </Route>
      <Route>
        <NotFound />
      </Route>
    </Switch>
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

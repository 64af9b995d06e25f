import { Link } from "wouter";
import { useSpaceAccess } from "../access/use-space-access.ts";
import { t } from "../i18n/text.ts";
import { spacePath } from "../routes.ts";
import { AccessNotice } from "../spaces/access-notice.tsx";
import { SpaceUnavailable } from "../spaces/space-unavailable.tsx";
import { useSpace } from "../spaces/use-space.ts";
import { PageMessage } from "../ui/page-message.tsx";
import { useDocumentTitle } from "../ui/use-document-title.ts";
import { IndicatorsPanel } from "./indicators-panel.tsx";

/** The space's figures on a page of their own: facilitators import and correct them, the other roles read them. */
export function IndicatorsPage({ spaceId }: { spaceId: string }) {
  const access = useSpaceAccess(spaceId);
  const { state } = useSpace(spaceId);
  useDocumentTitle(state.status === "ready" ? t.indicators.pageTitle(state.space.name) : undefined);

  if (state.status === "loading" || access.status === "checking")
    return <PageMessage>{t.indicators.loading}</PageMessage>;
  if (state.status === "failed") return <SpaceUnavailable message={state.message} />;
  const { space } = state;
  return (
    <div className="page indicators-page">
      <header className="space__header">
        <p className="eyebrow">{t.indicators.pageEyebrow}</p>
        <h1>{space.name}</h1>
        <p>
          <Link href={spacePath(space.id)}>
            {t.board.backToSpace} {space.name}
          </Link>
        </p>
      </header>
      {access.status === "ready" ? (
        <IndicatorsPanel
          spaceId={space.id}
          token={access.access.token}
          canImport={access.access.view.role === "facilitator"}
        />
      ) : (
        <AccessNotice access={access} />
      )}
    </div>
  );
}

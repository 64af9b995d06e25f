import { communesPopulation, type Diagnostic } from "@atelier/shared";
import { useState } from "react";
import { Link } from "wouter";
import { useSpaceAccess } from "../access/use-space-access.ts";
import { diagnosticApi } from "../api/diagnostic-api.ts";
import { locale, t } from "../i18n/text.ts";
import { formatDate } from "../plan/dates.ts";
import { saveFile } from "../plan/save-file.ts";
import { spacePath } from "../routes.ts";
import { AccessNotice } from "../spaces/access-notice.tsx";
import { PageMessage } from "../ui/page-message.tsx";
import { useAsyncAction } from "../ui/use-async-action.ts";
import { useDocumentTitle } from "../ui/use-document-title.ts";
import { DiagnosticIndicators } from "./diagnostic-indicators.tsx";
import { DiagnosticThemeSection } from "./diagnostic-theme.tsx";
import { useDiagnostic } from "./use-diagnostic.ts";
// The plan's tables, with their sideways scrolling on a phone and their print rules.
import "../plan/plan.css";
import "./diagnostic.css";

const inhabitants = (population: number | undefined) =>
  population === undefined
    ? t.diagnostic.unknownPopulation
    : t.diagnostic.inhabitants(population.toLocaleString(locale));

/** The diagnostic partagé as one document, on screen and on A4 paper (one theme per page), for the COPIL. */
export function DiagnosticPage({ spaceId }: { spaceId: string }) {
  const access = useSpaceAccess(spaceId);
  if (access.status === "checking") return <PageMessage>{t.diagnostic.loading}</PageMessage>;
  if (access.status !== "ready") {
    return (
      <div className="page page--narrow">
        <AccessNotice access={access} />
      </div>
    );
  }
  return <DiagnosticLoader spaceId={spaceId} token={access.access.token} />;
}

function DiagnosticLoader({ spaceId, token }: { spaceId: string; token: string }) {
  const state = useDiagnostic(spaceId, token);
  useDocumentTitle(state.status === "ready" ? t.diagnostic.pageTitle(state.diagnostic.space.name) : undefined);
  if (state.status === "loading") return <PageMessage>{t.diagnostic.loading}</PageMessage>;
  if (state.status === "failed") {
    return (
      <PageMessage tone="error" title={t.diagnostic.eyebrow}>
        <p>{state.message}</p>
        <p>
          <Link href={spacePath(spaceId)}>{t.board.backToSpace}</Link>
        </p>
      </PageMessage>
    );
  }
  return <DiagnosticDocument spaceId={spaceId} token={token} diagnostic={state.diagnostic} />;
}

interface DiagnosticDocumentProps {
  spaceId: string;
  token: string;
  diagnostic: Diagnostic;
}

function DiagnosticDocument({ spaceId, token, diagnostic }: DiagnosticDocumentProps) {
  const { space, validation } = diagnostic;
  const { failure, run } = useAsyncAction();
  const [done, setDone] = useState<string | null>(null);

  async function download() {
    setDone(null);
    await run(async () => {
      const { blob, fileName } = await diagnosticApi.docx(spaceId, token);
      saveFile(blob, fileName);
      setDone(t.diagnostic.downloaded(fileName));
    });
  }

  return (
    <article className="page diagnostic" aria-labelledby="diagnostic-title">
      <header className="diagnostic__head">
        <p className="eyebrow">{t.diagnostic.eyebrow}</p>
        <h1 id="diagnostic-title">{t.diagnostic.title(space.name, space.period.start, space.period.end)}</h1>
        <p className={`badge diagnostic__state${validation ? "" : " badge--warning"}`}>
          {validation
            ? t.diagnostic.validated(t.demarche.meetingKinds[validation.meetingKind], formatDate(validation.on))
            : t.diagnostic.draft}
        </p>
        <p className="muted diagnostic-screen-only">{t.diagnostic.intro}</p>
        <div className="actions diagnostic-screen-only">
          <button type="button" className="button button--primary" onClick={download}>
            {t.diagnostic.download}
          </button>
          <button type="button" className="button" onClick={() => window.print()}>
            {t.diagnostic.print}
          </button>
          <Link href={spacePath(spaceId)}>
            {t.board.backToSpace} {space.name}
          </Link>
        </div>
        <p className="diagnostic-screen-only" role="status">
          {failure ? <span className="plan-error">{failure}</span> : done}
        </p>
      </header>

      <section className="diagnostic__territory" aria-labelledby="diagnostic-territory">
        <h2 id="diagnostic-territory">{t.diagnostic.territoryTitle}</h2>
        <Territory territory={space.territory} />
        {diagnostic.general.length > 0 && (
          <>
            <h3 id="diagnostic-general">{t.diagnostic.generalTitle}</h3>
            <DiagnosticIndicators
              indicators={diagnostic.general}
              caption={t.diagnostic.generalTitle}
              headingId="diagnostic-general"
            />
          </>
        )}
      </section>

      {diagnostic.themes.map((theme) => (
        <DiagnosticThemeSection key={theme.boardId} theme={theme} />
      ))}
    </article>
  );
}

function Territory({ territory }: { territory: Diagnostic["space"]["territory"] }) {
  if (!territory.epci && territory.communes.length === 0) return <p className="muted">{t.diagnostic.noTerritory}</p>;
  const { total } = communesPopulation(territory.communes);
  return (
    <dl className="diagnostic__facts">
      {territory.epci && (
        <>
          <dt>{t.diagnostic.epci}</dt>
          <dd>
            {territory.epci.name} ({inhabitants(territory.epci.population)})
          </dd>
        </>
      )}
      {territory.communes.length > 0 && (
        <>
          <dt>
            {t.diagnostic.communes} ({territory.communes.length}, {inhabitants(total)})
          </dt>
          <dd>
            <ul className="diagnostic__communes">
              {territory.communes.map((commune) => (
                <li key={commune.insee}>
                  {commune.name} ({inhabitants(commune.population)})
                </li>
              ))}
            </ul>
          </dd>
        </>
      )}
    </dl>
  );
}

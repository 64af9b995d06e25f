import type { DiagnosticFinding, DiagnosticPiste, DiagnosticTheme } from "@atelier/shared";
import { t } from "../i18n/text.ts";
import { CitationBadge } from "../indicators/citation-badge.tsx";
import { TableScroll } from "../plan/table-scroll.tsx";
import { DiagnosticIndicators } from "./diagnostic-indicators.tsx";

/** What a finding and a piste both show under their title: one source, the card's or else its figure's. */
function CardDetails({ card }: { card: DiagnosticFinding | DiagnosticPiste }) {
  return (
    <>
      {card.body && <p className="diagnostic-finding__body">{card.body}</p>}
      {card.citation && <CitationBadge citation={card.citation} readAsShown sourceApart />}
      {card.source && <p className="muted">{t.diagnostic.source(card.source)}</p>}
    </>
  );
}

function Finding({ finding }: { finding: DiagnosticFinding }) {
  return (
    <li className="diagnostic-finding">
      <p className="diagnostic-finding__title">
        <span className="badge badge--muted">{t.kinds[finding.kind].label}</span> <strong>{finding.title}</strong>
        {finding.retained && <span className="badge diagnostic-finding__retained">{t.diagnostic.retained}</span>}
      </p>
      <CardDetails card={finding} />
    </li>
  );
}

/** A promoted piste says it went into the plan, which says more than that it was retained. */
function pisteMark(piste: DiagnosticPiste): string | null {
  if (piste.promoted) return t.diagnostic.pisteInPlan;
  return piste.retained ? t.diagnostic.pisteRetained : null;
}

/** The action ideas the group proposed, voted or not: what the action plan starts from. */
function Pistes({ theme }: { theme: DiagnosticTheme }) {
  if (theme.pistes.length === 0) return <p className="muted">{t.diagnostic.noPistes}</p>;
  return (
    <ul className="diagnostic-findings">
      {theme.pistes.map((piste) => {
        const mark = pisteMark(piste);
        return (
          <li key={piste.id} className="diagnostic-finding diagnostic-piste">
            <p className="diagnostic-finding__title">
              <strong>{piste.title}</strong>
              {mark && <span className="badge diagnostic-finding__retained">{mark}</span>}
            </p>
            {piste.cluster && <p className="muted">{t.diagnostic.pisteCluster(piste.cluster)}</p>}
            <CardDetails card={piste} />
          </li>
        );
      })}
    </ul>
  );
}

function Findings({ theme }: { theme: DiagnosticTheme }) {
  const { clusters, unclustered } = theme.findings;
  if (clusters.length === 0 && unclustered.length === 0) return <p className="muted">{t.diagnostic.noFindings}</p>;
  return (
    <>
      {clusters.map((cluster) => (
        <section key={cluster.id} className="diagnostic-cluster" aria-labelledby={`diagnostic-cluster-${cluster.id}`}>
          <h4 id={`diagnostic-cluster-${cluster.id}`}>{cluster.name}</h4>
          <ul className="diagnostic-findings">
            {cluster.findings.map((finding) => (
              <Finding key={finding.id} finding={finding} />
            ))}
          </ul>
        </section>
      ))}
      {unclustered.length > 0 && (
        <section className="diagnostic-cluster" aria-labelledby={`diagnostic-loose-${theme.boardId}`}>
          <h4 id={`diagnostic-loose-${theme.boardId}`}>{t.diagnostic.unclustered}</h4>
          <ul className="diagnostic-findings">
            {unclustered.map((finding) => (
              <Finding key={finding.id} finding={finding} />
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

/** Without a vote, the cards listed are those the board agreed: their votes (all none) and their "agreed" go unsaid. */
const prioritiesTitle = ({ voters }: DiagnosticTheme["priorities"]) =>
  voters > 0 ? t.diagnostic.prioritiesVotedTitle : t.diagnostic.prioritiesTitle;

function Priorities({ theme }: { theme: DiagnosticTheme }) {
  const { cards, clusters, voters } = theme.priorities;
  if (cards.length === 0) return <p className="muted">{t.diagnostic.noPriorities}</p>;
  const voted = voters > 0;
  const caption = `${prioritiesTitle(theme.priorities)} · ${theme.theme}`;
  return (
    <>
      {voted && <p>{t.diagnostic.voters(voters)}</p>}
      <TableScroll label={caption}>
        <table className="plan-table diagnostic-table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.diagnostic.cardColumn}</th>
              <th scope="col">{t.diagnostic.kindColumn}</th>
              {voted && (
                <>
                  <th scope="col" className="plan-table__number">
                    {t.diagnostic.votesColumn}
                  </th>
                  <th scope="col">{t.diagnostic.retainedColumn}</th>
                </>
              )}
            </tr>
          </thead>
          <tbody>
            {cards.map((card) => (
              <tr key={card.id}>
                <th scope="row">{card.title}</th>
                <td>{t.kinds[card.kind].label}</td>
                {voted && (
                  <>
                    <td className="plan-table__number">{card.votes}</td>
                    <td>{card.retained ? t.diagnostic.yes : "—"}</td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {clusters.length > 0 && (
        <>
          <p className="diagnostic__label">{t.diagnostic.byCluster}</p>
          <ul>
            {clusters.map((cluster) => (
              <li key={cluster.id}>{t.diagnostic.clusterVotes(cluster.name, cluster.votes)}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function Services({ theme }: { theme: DiagnosticTheme }) {
  if (theme.services.length === 0) return <p className="muted">{t.diagnostic.noServices}</p>;
  const caption = `${t.diagnostic.servicesTitle} · ${theme.theme}`;
  return (
    <TableScroll label={caption}>
      <table className="plan-table diagnostic-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.diagnostic.serviceColumn}</th>
            <th scope="col">{t.diagnostic.kindColumn}</th>
            <th scope="col">{t.diagnostic.communeColumn}</th>
            <th scope="col" className="plan-table__number">
              {t.diagnostic.placesColumn}
            </th>
            <th scope="col">{t.diagnostic.managerColumn}</th>
            <th scope="col">{t.diagnostic.cafFundedColumn}</th>
          </tr>
        </thead>
        <tbody>
          {theme.services.map((service) => (
            <tr key={service.id}>
              <th scope="row">{service.name}</th>
              <td>{t.territoryServices.kinds[service.kind]}</td>
              <td>{service.communeName ?? t.diagnostic.wholeEpci}</td>
              <td className="plan-table__number">{service.capacity ?? "—"}</td>
              <td>{service.manager || "—"}</td>
              <td>{service.cafFunded ? t.diagnostic.yes : t.diagnostic.no}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/**
 * One thematic group's part of the diagnostic: its figures, the services it already has, its findings as clustered,
 * its priorities (voted, or agreed without a vote), and the pistes d'action it proposed.
 */
export function DiagnosticThemeSection({ theme }: { theme: DiagnosticTheme }) {
  const titleId = `diagnostic-theme-${theme.boardId}`;
  return (
    <section className="diagnostic__theme" aria-labelledby={titleId}>
      <h2 id={titleId}>{theme.theme}</h2>
      {theme.description && <p className="muted">{theme.description}</p>}
      <h3>{t.diagnostic.indicatorsTitle}</h3>
      <DiagnosticIndicators
        indicators={theme.indicators}
        caption={`${t.diagnostic.indicatorsTitle} · ${theme.theme}`}
      />
      <h3>{t.diagnostic.servicesTitle}</h3>
      <Services theme={theme} />
      <h3>{t.diagnostic.findingsTitle}</h3>
      <Findings theme={theme} />
      <h3>{prioritiesTitle(theme.priorities)}</h3>
      <Priorities theme={theme} />
      <h3>{t.diagnostic.pistesTitle}</h3>
      <Pistes theme={theme} />
    </section>
  );
}

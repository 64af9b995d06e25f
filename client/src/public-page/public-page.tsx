import type { PublicAxis, PublicFiche, PublicPage as PublicPageView } from "@atelier/shared";
import { useEffect, useId, useState } from "react";
import { publicPageApi } from "../api/public-page-api.ts";
import { failureMessage } from "../api/request.ts";
import { t } from "../i18n/text.ts";
import { PageMessage } from "../ui/page-message.tsx";
import { useDocumentTitle } from "../ui/use-document-title.ts";
import "./public-page.css";

/** A written status, never colour alone: done reads green, dropped greyed. */
const STATUS_TONES: Partial<Record<PublicFiche["status"], string>> = {
  realisee: "retained-fiche__done",
  abandonnee: "badge--muted",
};

type PageState =
  | { status: "loading" }
  | { status: "failed"; message: string }
  | { status: "ready"; page: PublicPageView };

/**
 * "Ce que nous avons retenu": what the plan keeps of the habitants' ideas, for anyone holding the page's address or
 * QR code, on a phone first. No account, and nothing here names anyone.
 */
export function PublicPage({ slug }: { slug: string }) {
  const [state, setState] = useState<PageState>({ status: "loading" });
  useDocumentTitle(t.publicPage.title);

  useEffect(() => {
    let current = true;
    publicPageApi.read(slug).then(
      (page) => current && setState({ status: "ready", page }),
      (error: unknown) => current && setState({ status: "failed", message: failureMessage(error) }),
    );
    return () => {
      current = false;
    };
  }, [slug]);

  if (state.status === "loading") return <PageMessage>{t.publicPage.loading}</PageMessage>;
  if (state.status === "failed") {
    return (
      <PageMessage title={t.publicPage.unavailableTitle} tone="error">
        <p>{state.message}</p>
      </PageMessage>
    );
  }
  const { page } = state;
  return (
    <div className="page retained">
      <header className="retained__header">
        <p className="eyebrow">{t.publicPage.place(page.name, page.territory, page.period.start, page.period.end)}</p>
        <h1>{t.publicPage.title}</h1>
        <p>{t.publicPage.intro}</p>
        <p className="muted">{t.publicPage.decidedOnly}</p>
      </header>
      {page.axes.length === 0 ? (
        <p className="retained__empty">{t.publicPage.nothingYet}</p>
      ) : (
        page.axes.map((axis, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the page carries no ids by design, and is never reordered.
          <AxisSection key={index} axis={axis} alone={page.axes.length === 1} />
        ))
      )}
      <footer className="retained__footer muted">{t.publicPage.privacy}</footer>
    </div>
  );
}

/** `alone`: the plan's fiches are not placed under axes yet, and "other actions" would mean nothing. */
function AxisSection({ axis, alone }: { axis: PublicAxis; alone: boolean }) {
  const id = useId();
  return (
    <section className="retained__axis" aria-labelledby={id}>
      <h2 id={id}>{axis.title ?? (alone ? t.publicPage.actions : t.publicPage.otherActions)}</h2>
      {axis.fiches.map((fiche, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the page carries no ids by design, and is never reordered.
        <FicheArticle key={index} fiche={fiche} />
      ))}
    </section>
  );
}

function FicheArticle({ fiche }: { fiche: PublicFiche }) {
  const id = useId();
  return (
    <article className="panel retained-fiche" aria-labelledby={`${id}-title`}>
      <header className="retained-fiche__header">
        <h3 id={`${id}-title`}>{fiche.title}</h3>
        <span className={`badge ${STATUS_TONES[fiche.status] ?? ""}`}>{t.publicPage.statuses[fiche.status]}</span>
      </header>
      {fiche.description && <p className="retained-fiche__description">{fiche.description}</p>}
      {fiche.targetPublic && (
        <p>
          <strong>{t.publicPage.forWhom}</strong> {fiche.targetPublic}
        </p>
      )}
      <section className="retained-fiche__part" aria-labelledby={`${id}-contributions`}>
        <h4 id={`${id}-contributions`}>{t.publicPage.contributionsTitle}</h4>
        {fiche.contributions.length === 0 ? (
          <p className="muted">{t.publicPage.noContribution}</p>
        ) : (
          <ul className="retained-fiche__contributions">
            {fiche.contributions.map((title) => (
              <li key={title}>{title}</li>
            ))}
          </ul>
        )}
      </section>
      {fiche.yearly.length > 0 && (
        <section className="retained-fiche__part" aria-labelledby={`${id}-years`}>
          <h4 id={`${id}-years`}>{t.publicPage.yearsTitle}</h4>
          <ul className="retained-fiche__years">
            {fiche.yearly.map(({ year, progress }) => (
              <li key={year}>{t.publicPage.year(year, t.publicPage.progress[progress])}</li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}

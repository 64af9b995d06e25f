import type { CardKind } from "@atelier/shared";
import { type ReactNode, useId } from "react";
import { t } from "../i18n/text.ts";

interface ContributionArticleProps {
  kind: CardKind;
  title: string;
  body: string;
  byline: string;
  /** The actions this reader may take on it. */
  children?: ReactNode;
}

/** A contribution in plain text only: React escapes it, so no markup anyone typed ever reaches the page. */
export function ContributionArticle({ kind, title, body, byline, children }: ContributionArticleProps) {
  const id = useId();
  return (
    <article className={`card contribution card--${kind}`} aria-labelledby={`${id}-title`}>
      <p className="card__kind">{t.kinds[kind].label}</p>
      <h3 id={`${id}-title`} className="contribution__title">
        {title}
      </h3>
      {body && <p className="contribution__body">{body}</p>}
      <p className="contribution__byline">{byline}</p>
      {children}
    </article>
  );
}

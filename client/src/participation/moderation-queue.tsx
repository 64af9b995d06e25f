import type { PendingContributionView } from "@atelier/shared";
import { useId, useRef, useState } from "react";
import { t } from "../i18n/text.ts";
import { useAsyncAction } from "../ui/use-async-action.ts";
import { ContributionArticle } from "./contribution-article.tsx";
import { usePendingContributions } from "./use-pending-contributions.ts";
import "./participation.css";

interface ModerationQueueProps {
  spaceId: string;
  boardId: string;
  /** The facilitator secret: only facilitators see and settle pending contributions. */
  token: string;
}

/**
 * Habitants' contributions from moderated links, waiting for a facilitator. Hidden while there is none; once the
 * facilitator has settled one, it stays so that the focus has somewhere to go.
 */
export function ModerationQueue({ spaceId, boardId, token }: ModerationQueueProps) {
  const id = useId();
  const { pending, failure, accept, reject } = usePendingContributions(spaceId, boardId, token);
  const [settled, setSettled] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);

  async function settle(action: (pendingId: string) => Promise<void>, item: PendingContributionView) {
    await action(item.id);
    setSettled((count) => count + 1);
    heading.current?.focus();
  }

  return (
    <>
      <p className="visually-hidden" role="status">
        {pending.length > 0 ? t.participation.moderation.count(pending.length) : ""}
      </p>
      {(pending.length > 0 || settled > 0 || failure) && (
        <section className="moderation" aria-labelledby={`${id}-title`}>
          <h2 ref={heading} id={`${id}-title`} tabIndex={-1}>
            {t.participation.moderation.title} ({pending.length})
          </h2>
          <p className="muted">
            {pending.length > 0 ? t.participation.moderation.intro : t.participation.moderation.count(0)}
          </p>
          {failure && (
            <p className="alert alert--error" role="alert">
              {failure}
            </p>
          )}
          <ul className="moderation__list">
            {pending.map((item) => (
              <PendingItem
                key={item.id}
                item={item}
                onAccept={() => settle(accept, item)}
                onReject={() => settle(reject, item)}
              />
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

interface PendingItemProps {
  item: PendingContributionView;
  onAccept: () => Promise<void>;
  onReject: () => Promise<void>;
}

function PendingItem({ item, onAccept, onReject }: PendingItemProps) {
  const { failure, run } = useAsyncAction();

  return (
    <li>
      <ContributionArticle
        kind={item.kind}
        title={item.title}
        body={item.body}
        byline={t.participation.moderation.byline(item.authorName)}
      >
        <div className="actions">
          <button
            type="button"
            className="button button--small button--primary"
            aria-label={t.participation.moderation.acceptLabel(item.title)}
            onClick={() => run(onAccept)}
          >
            {t.participation.moderation.accept}
          </button>
          <button
            type="button"
            className="button button--small button--danger"
            aria-label={t.participation.moderation.rejectLabel(item.title)}
            onClick={() => run(onReject)}
          >
            {t.participation.moderation.reject}
          </button>
        </div>
        {failure && (
          <p className="alert alert--error" role="alert">
            {failure}
          </p>
        )}
      </ContributionArticle>
    </li>
  );
}

import type { Card, VoteResults } from "@atelier/shared";
import { t } from "../i18n/text.ts";

interface VoteOutcomeProps {
  /** The cards this habitant sees (hidden mode applied). */
  cards: Card[];
  results: VoteResults;
  /** A closed vote's ranking is shown; an open one's never is, so that nobody follows the crowd. */
  closed: boolean;
}

/**
 * What the workshop decided, on the habitant's phone: the cards kept for the action plan, and once the vote is
 * closed, the ideas ranked by votes. Nothing while there is nothing to tell.
 */
export function VoteOutcome({ cards, results, closed }: VoteOutcomeProps) {
  const words = t.boardDetails.phases;
  const retained = cards.filter((card) => card.status !== "draft");
  const titles = new Map(cards.map((card) => [card.id, card.title]));
  const ranked = closed ? results.cards.filter((entry) => titles.has(entry.cardId)) : [];
  if (retained.length === 0 && ranked.length === 0) return null;
  return (
    <section className="panel habitant-outcome" aria-labelledby="habitant-outcome-title">
      <h2 id="habitant-outcome-title">{words.outcomeTitle}</h2>
      {retained.length > 0 && (
        <>
          <h3>{words.retainedTitle}</h3>
          <ul>
            {retained.map((card) => (
              <li key={card.id}>{card.title}</li>
            ))}
          </ul>
        </>
      )}
      {ranked.length > 0 && (
        <>
          <h3>{words.rankingTitle}</h3>
          <ol>
            {ranked.map(({ cardId, votes }) => (
              <li key={cardId}>{words.ranked(titles.get(cardId) ?? "", t.voting.total(votes))}</li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

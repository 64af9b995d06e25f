import {
  type BoardSettings,
  boardLayoutView,
  type Card,
  cardsVisibleTo,
  type Phase,
  setCardStatus,
  type VoteResults as Tally,
} from "@atelier/shared";
import { type ReactNode, useState } from "react";
import type * as Y from "yjs";
import { t } from "../../i18n/text.ts";
import { DisclosureButton } from "../disclosure-button.tsx";
import { WholeNumberForm, wholeNumberIn } from "../facilitation/whole-number-form.tsx";
import type { Participant } from "../participant.ts";
import { DecideControl } from "./decide-control.tsx";
import { useVoteState } from "./use-vote-state.ts";
import "./voting.css";

interface VoteResultsProps {
  doc: Y.Doc;
  participant: Participant;
  /** Facilitator on a writable board: may turn results into decisions. */
  canDecide: boolean;
}

/** The steps before the vote: there, a closed vote's results are folded to one line, out of the cards' way. */
const beforeVote = (phase: Phase) => phase === "contribute" || phase === "cluster";

/**
 * Once the vote is closed: cards and clusters by votes received, and the facilitator's shortcuts to keep them. They
 * fold when the workshop goes back to contributing or clustering (or opens there), and unfold when a vote closes.
 */
export function VoteResults({ doc, participant, canDecide }: VoteResultsProps) {
  const { settings, results } = useVoteState(doc);
  const { phase } = settings;
  const { status } = settings.vote;
  const [fold, setFold] = useState({ phase, status, folded: beforeVote(phase) });
  if (fold.phase !== phase || fold.status !== status) {
    const folded = fold.phase !== phase ? beforeVote(phase) : status === "closed" ? false : fold.folded;
    setFold({ phase, status, folded });
  }
  if (status !== "closed") return null;
  const closed = (
    <ClosedVoteResults
      doc={doc}
      participant={participant}
      settings={settings}
      results={results}
      canDecide={canDecide}
    />
  );
  if (!beforeVote(phase)) return closed;
  return (
    <div className="results-fold">
      <DisclosureButton
        open={!fold.folded}
        onToggle={(open) => setFold({ ...fold, folded: !open })}
        controls="closed-vote-results"
      >
        {t.voting.resultsOfClosedVote(t.voting.voters(results.voters))}
      </DisclosureButton>
      <div id="closed-vote-results" hidden={fold.folded}>
        {!fold.folded && closed}
      </div>
    </div>
  );
}

function ClosedVoteResults({
  doc,
  participant,
  settings,
  results,
  canDecide,
}: VoteResultsProps & { settings: BoardSettings; results: Tally }) {
  const view = boardLayoutView(doc);
  const allCards = [...view.clusters.flatMap((entry) => entry.cards), ...view.loose];
  const visible = new Map(
    cardsVisibleTo(allCards, settings, { role: participant.role, participantId: participant.id }).map((card) => [
      card.id,
      card,
    ]),
  );
  const cards = results.cards.flatMap(({ cardId, votes }) => {
    const card = visible.get(cardId);
    return card ? [{ card, votes }] : [];
  });
  const clusters = results.clusters.flatMap(({ clusterId, votes }) => {
    const entry = view.clusters.find((candidate) => candidate.cluster.id === clusterId);
    return entry ? [{ ...entry, votes }] : [];
  });
  const mostForCards = Math.max(1, ...cards.map((entry) => entry.votes));
  const mostForClusters = Math.max(1, ...clusters.map((entry) => entry.votes));

  const keep = (kept: Card[], status: "agreed" | "draft") =>
    doc.transact(() => {
      for (const card of kept) if (card.status !== "promoted") setCardStatus(doc, card.id, status, Date.now());
    });

  return (
    <section className="results" aria-labelledby="results-title">
      <header className="results__header">
        <h2 id="results-title">{t.voting.resultsTitle}</h2>
        <p className="results__voters">{t.voting.voters(results.voters)}</p>
      </header>
      {cards.length === 0 ? (
        <p>{t.voting.noVotes}</p>
      ) : (
        <div className="results__groups">
          <section className="results__group" aria-labelledby="results-cards-title">
            <h3 id="results-cards-title">{t.voting.resultsCards}</h3>
            <ol className="results__list">
              {cards.map(({ card, votes }) => (
                <ResultRow key={card.id} label={card.title} votes={votes} most={mostForCards}>
                  {canDecide ? (
                    <DecideControl doc={doc} cardId={card.id} participant={participant} />
                  ) : (
                    card.status !== "draft" && <span className="results__agreed">{t.voting.statuses[card.status]}</span>
                  )}
                </ResultRow>
              ))}
            </ol>
            {canDecide && (
              <WholeNumberForm
                className="results__keep-top"
                label={t.voting.keepTopLabel}
                max={cards.length}
                initial={String(Math.min(3, cards.length))}
                submitLabel={(value) => t.voting.keepTop(wholeNumberIn(value, cards.length))}
                error={t.voting.keepTopError(cards.length)}
                onSubmit={(count) =>
                  keep(
                    cards.slice(0, count).map((entry) => entry.card),
                    "agreed",
                  )
                }
              />
            )}
          </section>
          {clusters.length > 0 && (
            <section className="results__group" aria-labelledby="results-clusters-title">
              <h3 id="results-clusters-title">{t.voting.resultsClusters}</h3>
              <ol className="results__list">
                {clusters.map(({ cluster, cards: members, votes }) => {
                  const allKept = members.every((card) => card.status !== "draft");
                  // Cards in the plan are no longer the board's to keep or drop: a switch would do nothing.
                  const allPromoted = members.length > 0 && members.every((card) => card.status === "promoted");
                  return (
                    <ResultRow key={cluster.id} label={cluster.name} votes={votes} most={mostForClusters}>
                      {allPromoted && <span className="results__agreed">{t.voting.statuses.promoted}</span>}
                      {canDecide && !allPromoted && (
                        <button
                          type="button"
                          className={`button button--small decide-control${allKept ? " decide-control--agreed" : ""}`}
                          aria-label={
                            allKept
                              ? t.voting.unkeepClusterLabel(cluster.name)
                              : t.voting.keepClusterLabel(cluster.name)
                          }
                          onClick={() => keep(members, allKept ? "draft" : "agreed")}
                        >
                          {allKept ? t.voting.unkeep : t.voting.keepCluster}
                        </button>
                      )}
                    </ResultRow>
                  );
                })}
              </ol>
            </section>
          )}
        </div>
      )}
    </section>
  );
}

interface ResultRowProps {
  label: string;
  votes: number;
  /** The most votes in the list: its bar is full. */
  most: number;
  children?: ReactNode;
}

function ResultRow({ label, votes, most, children }: ResultRowProps) {
  return (
    <li className="results__row">
      <span className="results__label">{label}</span>
      <span className="results__count">{t.voting.total(votes)}</span>
      <span className="results__bar" aria-hidden="true">
        <span className="results__fill" style={{ inlineSize: `${(votes / most) * 100}%` }} />
      </span>
      {children && <span className="results__action">{children}</span>}
    </li>
  );
}

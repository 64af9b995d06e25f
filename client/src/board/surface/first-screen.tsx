import type { BoardFirstScreen, Card, FirstScreenLane } from "@atelier/shared";
import type { CSSProperties } from "react";
import { t } from "../../i18n/text.ts";
import { CardKindLine, CardStatus, CardText } from "./card-face.tsx";
import "./board-surface.css";

/**
 * The board's first cards, as the server last saved them, while its whole document is on its way: in the live
 * board's lanes and card styles, with each lane's whole count, and read-only: nothing here is the board yet. The
 * search bar's row says the cards are on their way, and the live board's tools take the places kept for them, so
 * that the cards stay where they are when it arrives.
 */
interface FirstScreenProps {
  screen: BoardFirstScreen;
  /** Whether the reader may write here: the live board then has a strip for new clusters, whose place is kept. */
  writes: boolean;
}

export function FirstScreen({ screen, writes }: FirstScreenProps) {
  return (
    <div className="surface" aria-busy="true">
      <div className="surface__toolbar">
        <p className="board__syncing" role="status">
          {t.board.syncing}
        </p>
      </div>
      <section className="loose" aria-label={t.surface.looseTitle}>
        <header className="loose__header">
          <h2 className="surface__heading">{t.surface.looseTitle}</h2>
          <p className="lane__count">{t.surface.laneCount(screen.loose.total, screen.loose.total)}</p>
        </header>
        {screen.loose.total === 0 ? (
          <p className="loose__empty">{t.surface.looseEmpty}</p>
        ) : (
          <LaneCards lane={screen.loose} bodies={screen.bodies} titleTag="h3" />
        )}
      </section>
      <section className="clusters" aria-label={t.surface.clustersTitle}>
        <div className={writes ? "clusters__header clusters__header--waiting" : "clusters__header"}>
          <h2 className="surface__heading">{t.surface.clustersTitle}</h2>
        </div>
        {screen.clusters.length === 0 && <p className="muted">{t.surface.noClusters}</p>}
        <div className="lanes" style={{ "--lanes": screen.clusters.length } as CSSProperties}>
          {screen.clusters.map((lane) => (
            <section
              key={lane.cluster.id}
              className={`lane lane--${lane.cluster.color}`}
              aria-label={lane.cluster.name}
            >
              <header className="lane__header">
                <h3 className="lane__title">{lane.cluster.name}</h3>
                <div className="lane__meta">
                  <p className="lane__count">{t.surface.laneCount(lane.total, lane.total)}</p>
                </div>
              </header>
              <div className="lane__body">
                {lane.total === 0 && <p className="lane__empty">{t.surface.laneEmpty}</p>}
                <LaneCards lane={lane} bodies={screen.bodies} titleTag="h4" />
              </div>
            </section>
          ))}
        </div>
      </section>
    </div>
  );
}

function LaneCards({
  lane,
  bodies,
  titleTag,
}: {
  lane: FirstScreenLane;
  bodies: Record<string, string>;
  titleTag: "h3" | "h4";
}) {
  return (
    <ul className="lane__cards">
      {lane.cards.map((card: Card) => (
        <li key={card.id} className="lane__item">
          <article className={`card card--${card.kind}`} aria-label={card.title}>
            <div className="card__top">
              <CardKindLine card={card} />
            </div>
            <CardStatus card={card} />
            <CardText card={card} titleTag={titleTag} />
            {bodies[card.id] && <p className="card__preview">{bodies[card.id]}</p>}
          </article>
        </li>
      ))}
    </ul>
  );
}

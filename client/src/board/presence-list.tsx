import { t } from "../i18n/text.ts";
import type { Presence } from "./use-presence.ts";

/**
 * One entry per person, however many tabs or windows they have open on the board (a facilitator often has the board
 * on the projector and on a laptop).
 */
function onePerPerson(people: Presence[]): Presence[] {
  const byPerson = new Map<string, Presence>();
  for (const person of people) {
    const key = JSON.stringify([person.id, person.name]);
    const known = byPerson.get(key);
    byPerson.set(key, known ? { ...known, isSelf: known.isSelf || person.isSelf } : person);
  }
  return [...byPerson.values()];
}

/** In the board's bar: a face per person (their name on hover and for screen readers), then how many are here. */
export function PresenceList({ people }: { people: Presence[] }) {
  const present = onePerPerson(people);
  return (
    <section className="presence" aria-labelledby="presence-title">
      <h2 id="presence-title" className="visually-hidden">
        {t.board.presenceTitle}
      </h2>
      <ul className="presence__list">
        {present.map((person) => (
          <li
            key={person.clientId}
            className="presence__person"
            title={t.board.presenceOf(person.name, t.roles[person.role])}
          >
            <span className="presence__avatar" style={{ backgroundColor: person.color }} aria-hidden="true">
              {person.name.charAt(0).toLocaleUpperCase("fr")}
            </span>
            <span className="visually-hidden">
              {person.name}
              {person.isSelf && <span className="presence__self"> ({t.board.you})</span>}
            </span>
          </li>
        ))}
      </ul>
      <p className="presence__count">
        {present.length}
        <span className="visually-hidden"> {t.boardLayout.presenceCount(present.length)}</span>
      </p>
    </section>
  );
}

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

export function PresenceList({ people }: { people: Presence[] }) {
  return (
    <section className="presence" aria-labelledby="presence-title">
      <h2 id="presence-title" className="visually-hidden">
        {t.board.presenceTitle}
      </h2>
      <ul className="presence__list">
        {onePerPerson(people).map((person) => (
          <li
            key={person.clientId}
            className="presence__person"
            title={t.board.presenceOf(person.name, t.roles[person.role])}
          >
            <span className="presence__avatar" style={{ backgroundColor: person.color }} aria-hidden="true">
              {person.name.charAt(0).toLocaleUpperCase("fr")}
            </span>
            <span className="presence__name narrow-hidden">
              {person.name}
              {person.isSelf && <span className="presence__self"> ({t.board.you})</span>}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

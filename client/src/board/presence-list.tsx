import { fr } from "../i18n/fr.ts";
import type { Presence } from "./use-presence.ts";

export function PresenceList({ people }: { people: Presence[] }) {
  return (
    <section className="presence" aria-labelledby="presence-title">
      <h2 id="presence-title" className="visually-hidden">
        {fr.board.presenceTitle}
      </h2>
      <ul className="presence__list">
        {people.map((person) => (
          <li
            key={person.clientId}
            className="presence__person"
            title={fr.board.presenceOf(person.name, fr.roles[person.role])}
          >
            <span className="presence__avatar" style={{ backgroundColor: person.color }} aria-hidden="true">
              {person.name.charAt(0).toLocaleUpperCase("fr")}
            </span>
            <span className="presence__name narrow-hidden">
              {person.name}
              {person.isSelf && <span className="presence__self"> ({fr.board.you})</span>}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

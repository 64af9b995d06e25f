import { useState } from "react";
import { Link } from "wouter";
import { storedFacilitatorSecret } from "../access/facilitator-secret.ts";
import { fr } from "../i18n/fr.ts";
import { spacePath } from "../routes.ts";
import { knownSpaces } from "./known-spaces.ts";

export function KnownSpaceList() {
  const [spaces] = useState(knownSpaces);
  if (spaces.length === 0) return null;
  return (
    <section className="known-spaces" aria-labelledby="known-spaces-title">
      <h2 id="known-spaces-title">{fr.home.knownTitle}</h2>
      <p className="muted">{fr.home.knownIntro}</p>
      <ul className="known-spaces__list">
        {spaces.map((space) => (
          <li key={space.id}>
            <Link className="known-space" href={spacePath(space.id)}>
              <span className="known-space__name">{space.name}</span>
              <span className="known-space__period">{fr.space.period(space.period.start, space.period.end)}</span>
              {storedFacilitatorSecret(space.id) && <span className="badge">{fr.home.facilitatorBadge}</span>}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

import { PeriodSchema, SpaceNameSchema } from "@atelier/shared";
import { useState } from "react";
import { Link } from "wouter";
import { storedFacilitatorSecret } from "../access/facilitator-secret.ts";
import { storedParticipantAccess } from "../access/participant-access.ts";
import { t } from "../i18n/text.ts";
import { spacePath } from "../routes.ts";
import { type KnownSpace, storedEntries } from "./known-spaces.ts";

function isKnownSpace(value: unknown): value is KnownSpace {
  if (!value || typeof value !== "object") return false;
  const { id, name, period } = value as Partial<Record<keyof KnownSpace, unknown>>;
  return typeof id === "string" && SpaceNameSchema.safeParse(name).success && PeriodSchema.safeParse(period).success;
}

/** The spaces this browser has opened, most recent first. */
function knownSpaces(): KnownSpace[] {
  return storedEntries().filter(isKnownSpace);
}

/** The role this browser holds in a space, as last confirmed by the server; null without any access. */
function storedRole(spaceId: string): string | null {
  if (storedFacilitatorSecret(spaceId)) return t.home.facilitatorBadge;
  const role = storedParticipantAccess(spaceId)?.view.role;
  return role ? t.join.roleTitles[role] : null;
}

export function KnownSpaceList() {
  const [spaces] = useState(knownSpaces);
  if (spaces.length === 0) return null;
  return (
    <section className="known-spaces" aria-labelledby="known-spaces-title">
      <h2 id="known-spaces-title">{t.home.knownTitle}</h2>
      <p className="muted">{t.home.knownIntro}</p>
      <ul className="known-spaces__list">
        {spaces.map((space) => {
          const role = storedRole(space.id);
          return (
            <li key={space.id}>
              <Link className="known-space" href={spacePath(space.id)}>
                <span className="known-space__name">{space.name}</span>
                <span className="known-space__period">{t.space.period(space.period.start, space.period.end)}</span>
                {role && <span className="badge">{role}</span>}
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

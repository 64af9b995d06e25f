import type { SpaceAccessState } from "../access/use-space-access.ts";
import { fr } from "../i18n/fr.ts";
import { LostAccess } from "../participation/lost-access.tsx";

/** Tells a visitor who is not a facilitator what this browser may do here, and why when it may not. */
export function AccessNotice({ access }: { access: Exclude<SpaceAccessState, { status: "checking" }> }) {
  if (access.status === "none") {
    return (
      <section className="notice notice--info" aria-labelledby="access-title">
        <h2 id="access-title">{fr.space.noAccessTitle}</h2>
        <p>{fr.space.noAccess}</p>
      </section>
    );
  }
  if (access.status === "invalid") {
    return <LostAccess reason={access.message} />;
  }
  const { role, displayName, organisation } = access.access.view;
  if (role === "facilitator") return null;
  return (
    <section className="notice notice--info" aria-labelledby="access-title">
      <h2 id="access-title">{fr.join.participatingAs[role]}</h2>
      {displayName && <p>{[displayName, organisation].filter(Boolean).join(" · ")}</p>}
      <ul className="checklist">
        {fr.join.abilities[role].map((ability) => (
          <li key={ability}>{ability}</li>
        ))}
      </ul>
    </section>
  );
}

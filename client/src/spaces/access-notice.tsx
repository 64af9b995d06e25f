import type { SpaceAccessState } from "../access/use-space-access.ts";
import { t } from "../i18n/text.ts";
import { LostAccess } from "../participation/lost-access.tsx";

/** Tells a visitor who is not a facilitator what this browser may do here, and why when it may not. */
export function AccessNotice({ access }: { access: Exclude<SpaceAccessState, { status: "checking" }> }) {
  if (access.status === "none") {
    return (
      <section className="notice notice--info" aria-labelledby="access-title">
        <h2 id="access-title">{t.space.noAccessTitle}</h2>
        <p>{t.space.noAccess}</p>
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
      <h2 id="access-title">{t.join.participatingAs[role]}</h2>
      {displayName && <p>{[displayName, organisation].filter(Boolean).join(" · ")}</p>}
      <ul className="checklist">
        {t.join.abilities[role].map((ability) => (
          <li key={ability}>{ability}</li>
        ))}
      </ul>
    </section>
  );
}

import type { SpacePatch, SpaceView } from "@atelier/shared";
import { useState } from "react";
import { spacesApi } from "../../api/spaces-api.ts";
import { useFocusReturn } from "../../forms/use-focus-return.ts";
import { t } from "../../i18n/text.ts";
import { PartiesList } from "./parties-list.tsx";
import { TerritoryForm } from "./territory-form.tsx";
import { TerritorySummary } from "./territory-summary.tsx";
import { useSignatureInForce } from "./use-signature-in-force.ts";
import "./territory.css";

interface TerritorySectionProps {
  space: SpaceView;
  /** The facilitator secret: only facilitators edit; the others read. */
  secret: string | null;
  /** The access of someone who reads the plan, and with it the convention's signature. */
  planToken: string | null;
  onSaved: (space: SpaceView) => void;
}

/** The convention's territory (EPCI, communes) and its signatories. */
export function TerritorySection({ space, secret, planToken, onSaved }: TerritorySectionProps) {
  const [editing, setEditing] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const editButton = useFocusReturn<HTMLButtonElement>(editing);
  const signature = useSignatureInForce(space.id, planToken);
  const { territory, parties } = space;
  const empty = !territory.epci && territory.communes.length === 0 && parties.length === 0;
  // An empty section tells a partner nothing; a facilitator needs it to fill it in.
  if (!secret && empty) return null;

  async function save(patch: SpacePatch) {
    if (!secret) return;
    onSaved(await spacesApi.update(space.id, secret, patch));
    setEditing(false);
    setAnnouncement(t.territory.saved);
  }

  return (
    <section className="panel territory" aria-labelledby="territory-title">
      <div className="territory__head">
        <h2 id="territory-title">{t.territory.title}</h2>
        {secret && !editing && (
          <button
            ref={editButton}
            type="button"
            className="button button--small"
            aria-label={t.territory.editLabel}
            onClick={() => {
              setAnnouncement("");
              setEditing(true);
            }}
          >
            {t.territory.edit}
          </button>
        )}
      </div>
      {secret && editing ? (
        <TerritoryForm space={space} onSave={save} onCancel={() => setEditing(false)} />
      ) : (
        <div className="territory__columns">
          <div className="territory__column">
            <h3>{t.territory.territoryTitle}</h3>
            <TerritorySummary territory={territory} />
          </div>
          <div className="territory__column">
            <h3>{t.territory.partiesTitle}</h3>
            <PartiesList parties={parties} signature={signature} />
          </div>
        </div>
      )}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </section>
  );
}

import { type BoardSettings, setFollow, setHidden, setLocked } from "@atelier/shared";
import type * as Y from "yjs";
import { t } from "../../i18n/text.ts";

interface FacilitatorSwitchesProps {
  doc: Y.Doc;
  settings: BoardSettings;
  /** This page is the one the others follow. */
  leading: boolean;
  onLead: (leading: boolean) => void;
}

/** The facilitator's board-wide switches: lock, hidden mode, "follow me". */
export function FacilitatorSwitches({ doc, settings, leading, onLead }: FacilitatorSwitchesProps) {
  const { locked, hidden, follow } = settings;
  return (
    <div className="facilitation__switches">
      <Switch
        on={locked}
        onToggle={() => setLocked(doc, !locked)}
        label={locked ? t.facilitation.unlock : t.facilitation.lock}
      />
      <Switch
        on={hidden}
        onToggle={() => setHidden(doc, !hidden)}
        label={hidden ? t.facilitation.reveal : t.facilitation.hide}
      />
      <Switch
        on={follow.active}
        onToggle={() => {
          setFollow(doc, { active: !follow.active, target: null });
          onLead(!follow.active);
        }}
        label={follow.active ? t.facilitation.followStop : t.facilitation.followStart}
      />
      {leading && <p className="facilitation__leading">{t.facilitation.followLeading}</p>}
    </div>
  );
}

/**
 * The label says what pressing does ("Verrouiller" / "Déverrouiller"), so the state is not also given as
 * aria-pressed, which would have a screen reader announce the opposite of the label.
 */
function Switch({ on, onToggle, label }: { on: boolean; onToggle: () => void; label: string }) {
  return (
    <button type="button" className={`button button--small${on ? " facilitation__switch--on" : ""}`} onClick={onToggle}>
      {label}
    </button>
  );
}

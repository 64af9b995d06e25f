import type { BoardSettings } from "@atelier/shared";
import { useState } from "react";
import type * as Y from "yjs";
import { fr } from "../../i18n/fr.ts";
import { VoteAdmin } from "../voting/vote-admin.tsx";
import { FacilitatorSwitches } from "./facilitator-switches.tsx";

interface FacilitatorToolsProps {
  doc: Y.Doc;
  settings: BoardSettings;
  voters: number;
  leading: boolean;
  onLead: (leading: boolean) => void;
}

/** On a phone the tools would push the cards a whole screen down: they start folded there, open elsewhere. */
const startsOpen = () => !window.matchMedia("(max-width: 40rem)").matches;

export function FacilitatorTools({ doc, settings, voters, leading, onLead }: FacilitatorToolsProps) {
  const [open, setOpen] = useState(startsOpen);
  return (
    <details className="facilitation__tools" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="facilitation__label facilitation__summary">{fr.facilitation.toolsTitle}</summary>
      <div className="facilitation__tools-body">
        <FacilitatorSwitches doc={doc} settings={settings} leading={leading} onLead={onLead} />
        <VoteAdmin doc={doc} vote={settings.vote} voters={voters} />
      </div>
    </details>
  );
}

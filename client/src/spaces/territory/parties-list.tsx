import { type Party, type PlanSignature, partySignedOn } from "@atelier/shared";
import { t } from "../../i18n/text.ts";
import { formatDay } from "./territory-formats.ts";

/** Who signs the convention, in the facilitator's order, and who among them has signed (by the convention's signature). */
export function PartiesList({ parties, signature }: { parties: Party[]; signature: PlanSignature | null }) {
  if (parties.length === 0) return <p className="muted">{t.territory.noParties}</p>;
  return (
    <ul className="parties-list">
      {parties.map((party, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: parties have no id and the list is only ever replaced whole.
        <li key={index} className="parties-list__item">
          <span>
            <span className="badge">{t.partyKinds[party.kind]}</span> <strong>{party.name}</strong>
          </span>
          {party.representative && (
            <span className="muted">
              {t.territory.representative(party.representative.name, party.representative.title)}
            </span>
          )}
          <SignedOn on={partySignedOn(party, signature)} />
        </li>
      ))}
    </ul>
  );
}

function SignedOn({ on }: { on: string | null }) {
  if (!on) return <span className="muted">{t.territory.notSigned}</span>;
  return <span className="parties-list__signed">{t.territory.signedOn(formatDay(on))}</span>;
}

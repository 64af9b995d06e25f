import type { Party } from "@atelier/shared";
import { t } from "../../i18n/text.ts";
import { formatDay } from "./territory-formats.ts";

/** Who signs the convention, in the facilitator's order, and who among them has signed. */
export function PartiesList({ parties }: { parties: Party[] }) {
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
          {party.signedOn ? (
            <span className="parties-list__signed">{t.territory.signedOn(formatDay(party.signedOn))}</span>
          ) : (
            <span className="muted">{t.territory.notSigned}</span>
          )}
        </li>
      ))}
    </ul>
  );
}

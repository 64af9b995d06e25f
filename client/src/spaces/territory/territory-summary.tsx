import { communesPopulation, type Territory } from "@atelier/shared";
import { t } from "../../i18n/text.ts";
import { formatCount } from "./territory-formats.ts";

/** The EPCI and the communes of the convention, with the communes' inhabitants added up. */
export function TerritorySummary({ territory: { epci, communes } }: { territory: Territory }) {
  if (!epci && communes.length === 0) return <p className="muted">{t.territory.noTerritory}</p>;
  const { total, unknown } = communesPopulation(communes);
  const known = communes.length - unknown;
  return (
    <div className="territory-summary">
      {epci && (
        <p>
          <span className="badge">{t.territory.epci}</span> <strong>{epci.name}</strong>
          <span className="territory-summary__facts">
            {[
              t.territory.siren(epci.siren),
              ...(epci.population === undefined ? [] : [t.territory.inhabitants(formatCount(epci.population))]),
            ].join(" · ")}
          </span>
        </p>
      )}
      {communes.length > 0 && (
        <>
          <p>
            <strong>{t.territory.communesCount(communes.length)}</strong>
            <span className="territory-summary__facts">
              {[
                ...(known > 0 ? [t.territory.communesInhabitants(formatCount(total))] : []),
                ...(unknown > 0 ? [t.territory.unknownPopulation(unknown)] : []),
              ].join(" · ")}
            </span>
          </p>
          <ul className="territory-summary__communes">
            {communes.map((commune) => (
              <li key={commune.insee}>
                {commune.name}{" "}
                <span className="muted">
                  (
                  {[commune.insee, ...(commune.population === undefined ? [] : [formatCount(commune.population)])].join(
                    " · ",
                  )}
                  )
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

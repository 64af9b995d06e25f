import type { ImportIgnored, ImportSummary } from "@atelier/shared";
import { t } from "../i18n/text.ts";

/** What an open-data file was read as, what was kept and what was left and why, in the reader's language. */
export function ImportSummaryList({ summary }: { summary: ImportSummary }) {
  const words = t.indicators.import.summary;
  return (
    <ul className="import-summary">
      <li>{words.layout[summary.layout]}</li>
      <li>{words.kept(summary.kept)}</li>
      {summary.ignored.map((ignored) => (
        <li key={ignored.reason}>{ignoredText(ignored)}</li>
      ))}
    </ul>
  );
}

/** A commune the territory does not name (only its EPCI is set) is known by its code alone. */
const communeName = ({ name, insee }: { name: string; insee: string }) =>
  name === insee ? insee : `${name} (${insee})`;

function ignoredText(ignored: ImportIgnored): string {
  const words = t.indicators.import.summary.ignored;
  switch (ignored.reason) {
    case "other-territory":
      return words.otherTerritory(ignored.rows);
    case "no-territory-code":
      return words.noTerritoryCode(ignored.rows);
    case "earlier-period":
      return words.earlierPeriod(ignored.rows);
    case "epci-row-preferred":
      return words.epciRowPreferred(ignored.rows);
    case "unknown-departement":
      return words.unknownDepartement(ignored.rows);
    case "unknown-column":
      return words.unknownColumn(ignored.columns);
    case "blank-cell":
      return words.blankCell(ignored.cells);
    case "commune-without-row":
      return words.communeWithoutRow(ignored.communes.map(communeName));
    case "incomplete-sum":
      return words.incompleteSum(
        ignored.years.map(({ year, communes }) => ({ year, communes: communes.map(communeName) })),
      );
    case "no-territory-figure":
      return words.noTerritoryFigure(ignored.figures.map(({ label, year }) => `${label} (${year})`));
  }
}

import { periodYears } from "@atelier/shared";
import { usePlan } from "../plan-context.ts";

/** The years of the CTG period, plus any year a value already has outside it (a period shortened since). */
export function YearOptions({ also }: { also: readonly number[] }) {
  const { space } = usePlan();
  const years = [...new Set([...periodYears(space.period), ...also])].sort((a, b) => a - b);
  return years.map((year) => (
    <option key={year} value={year}>
      {year}
    </option>
  ));
}

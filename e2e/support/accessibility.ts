import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";

const BLOCKING_IMPACTS = new Set(["serious", "critical"]);

/** Runs axe on the page as it is now and lists the serious and critical violations, one readable line each. */
export async function seriousAccessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => BLOCKING_IMPACTS.has(violation.impact ?? ""))
    .map(
      (violation) =>
        `${violation.impact} ${violation.id}: ${violation.help} (${violation.nodes
          .map((node) => node.target.join(" "))
          .join(", ")})`,
    );
}

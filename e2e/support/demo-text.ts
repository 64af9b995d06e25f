import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

const DEMO_SOURCES = resolve(import.meta.dirname, "../../server/src/demo");

/** The fixed parts of the source's string literals: "…", '…' and `…` around their ${…}. */
function literals(source: string): string[] {
  const found = source.matchAll(/"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'|`((?:[^`\\]|\\.)*)`/g);
  return [...found].flatMap(([, double, single, template]) =>
    (double ?? single ?? template ?? "").replace(/\\(.)/g, "$1").split(/\$\{[^}]*\}/),
  );
}

/**
 * The French the demo space is written in (its cards, fiches, meetings, services, figures), as a user would have
 * typed it: read from the demo's sources and example file, longest first. Screens show it in either language.
 */
export function demoFrenchText(): string[] {
  const texts = readdirSync(DEMO_SOURCES).flatMap((name) => {
    const content = readFileSync(join(DEMO_SOURCES, name), "utf8");
    if (name.endsWith(".csv")) return content.split(/[\n;]/).map((cell) => cell.replace(/^"|"$/g, ""));
    return name.endsWith(".ts") ? literals(content) : [];
  });
  const french = new Set(texts.map((text) => text.trim()).filter((text) => text.length >= 4 && /\p{L}/u.test(text)));
  return [...french].sort((a, b) => b.length - a.length);
}

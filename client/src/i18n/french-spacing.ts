/**
 * French typography: the space before « : ; ! ? » and % and the one after « do not break, so that no line starts
 * with a colon or a closing guillemet, nor ends with an opening one ("pseudonyme « / Lina »").
 */
export function frenchSpacing(text: string): string {
  return text.replace(/ (?=[:;!?»%])/g, "\u00a0").replace(/« /g, "«\u00a0");
}

function spaced(value: unknown): unknown {
  if (typeof value === "string") return frenchSpacing(value);
  if (typeof value === "function") return (...args: unknown[]) => spaced(value(...args));
  if (Array.isArray(value)) return value.map(spaced);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, spaced(inner)]));
  }
  return value;
}

/** The same dictionary, every text and every text it composes spaced the French way. */
export function withFrenchSpacing<T>(messages: T): T {
  return spaced(messages) as T;
}

/**
 * French text uses no-break spaces (before « : », after «, inside amounts: "12 500 €"): compared here with plain
 * spaces, as a reader sees them.
 */
export function plainSpaces(text: string | null | undefined): string {
  return (text ?? "").replace(/[\u00a0\u202f]/g, " ").trim();
}

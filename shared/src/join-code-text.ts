/**
 * A short code stands for an invitation link in a meeting room: typed by hand from the projector, so its letters
 * leave out those read one for another (0/O, 1/I/L).
 */
export const JOIN_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const JOIN_CODE_LENGTH = 8;

/** The code as typed (any case, spaces or dashes), or null when it cannot be one. */
export function joinCodeIn(text: string): string | null {
  const code = text.replace(/[\s-]/g, "").toUpperCase();
  if (code.length !== JOIN_CODE_LENGTH) return null;
  return [...code].every((character) => JOIN_CODE_ALPHABET.includes(character)) ? code : null;
}

/** As the projector shows it: two groups of four, `K7MX-42QF`. */
export function formatJoinCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

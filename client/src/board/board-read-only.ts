/**
 * Whether a board is read-only for someone: it is when write-protected for them (archived, or an access that only
 * reads), and when locked unless they facilitate. The live board and its first screen judge by this one rule.
 */
export function boardReadOnly(writeProtected: boolean, locked: boolean, facilitator: boolean): boolean {
  return writeProtected || (locked && !facilitator);
}

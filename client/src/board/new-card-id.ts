/**
 * crypto.randomUUID exists only in secure contexts; a board opened over plain http on a meeting-room network
 * (http://192.168.…) is not one, while crypto.getRandomValues is available everywhere.
 */
export function newCardId(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/**
 * An id for whatever a participant creates in a shared document: cards, clusters, votes, and the plan's axes and
 * lines. crypto.randomUUID exists only in secure contexts; a board opened over plain http on a meeting-room network
 * (http://192.168.…) is not one, while crypto.getRandomValues is available everywhere.
 */
export function newId(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** What a service answers: a value, or a refusal with the HTTP status and the French message to show. */
export type Outcome<T> =
  | { ok: true; value: T }
  | { ok: false; status: 400 | 403 | 404 | 409 | 410 | 423; error: string };

export const refused = (status: 400 | 403 | 404 | 409 | 410 | 423, error: string) =>
  ({ ok: false, status, error }) as const;

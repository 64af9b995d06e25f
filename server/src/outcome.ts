type RefusalStatus = 400 | 403 | 404 | 409 | 410 | 423;

/**
 * What a service answers: a value, or a refusal with the HTTP status and the French message to show; with a stable
 * `code` too where interfaces word the refusal in their own language.
 */
export type Outcome<T> = { ok: true; value: T } | { ok: false; status: RefusalStatus; error: string; code?: string };

export const refused = (status: RefusalStatus, error: string, code?: string) =>
  ({ ok: false, status, error, ...(code !== undefined && { code }) }) as const;

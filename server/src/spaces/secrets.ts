import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** Ids are short and URL-safe; they name spaces and boards in links and document names. */
export function newId(): string {
  return randomBytes(9).toString("base64url");
}

/** A secret is shown once; only its hash is stored. */
export function newSecret(): string {
  return randomBytes(32).toString("base64url");
}

export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

export function secretMatches(secret: string, storedHash: string): boolean {
  const candidate = Buffer.from(hashSecret(secret), "hex");
  const expected = Buffer.from(storedHash, "hex");
  return candidate.length === expected.length && timingSafeEqual(candidate, expected);
}

import pino from "pino";

/**
 * The server's log: one JSON line per event on standard output, with a level, a time and what it concerns (`concern`,
 * and where there is one the space, document or request id), for an operator's collector to index. Secrets never
 * go in: tokens and Authorization headers are masked wherever a caller would pass them. LOG_LEVEL chooses the least
 * level written (info by default; warn keeps the tests' output readable).
 */
export const log = pino({
  level: process.env.LOG_LEVEL ?? "info",
  base: { service: "atelier-ctg" },
  redact: {
    paths: ["token", "*.token", "secret", "*.secret", "authorization", "*.authorization", "headers.authorization"],
    censor: "[masqué]",
  },
});

/** The log of one part of the server, every line naming it. */
export function logOf(concern: string) {
  return log.child({ concern });
}

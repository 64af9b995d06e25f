import { resolve } from "node:path";
import { describeIssues } from "@atelier/shared";
import { z } from "zod/mini";
import "./french-validation-messages.ts";

const EnvSchema = z.object({
  PORT: z._default(z.coerce.number().check(z.int(), z.minimum(0), z.maximum(65535)), 8080),
  HOST: z._default(z.string(), "0.0.0.0"),
  DATA_DIR: z._default(z.string(), resolve(import.meta.dirname, "../../data")),
  CLIENT_DIST: z._default(z.string(), resolve(import.meta.dirname, "../../client/dist")),
  /** Hocuspocus' debounce before a snapshot compacts the update log (every update is durable before that). */
  SNAPSHOT_DEBOUNCE_MS: z._default(z.coerce.number().check(z.int(), z.minimum(0)), 2000),
  SNAPSHOT_MAX_DEBOUNCE_MS: z._default(z.coerce.number().check(z.int(), z.minimum(0)), 10000),
  /** Largest WebSocket message accepted from a client. */
  MAX_MESSAGE_BYTES: z._default(z.coerce.number().check(z.int(), z.positive()), 2 * 1024 * 1024),
  /** PostgreSQL instead of the embedded SQLite file, e.g. postgres://user@host:5432/atelier. */
  DATABASE_URL: z.optional(z.url()),
  /** Several instances share live documents through Redis, e.g. redis://127.0.0.1:6379. */
  REDIS_URL: z.optional(z.url()),
  /** Contributions and votes per minute over HTTP: for one participant, and for everyone on one invitation link. */
  PARTICIPANT_RATE_PER_MINUTE: z._default(z.coerce.number().check(z.int(), z.positive()), 20),
  LINK_RATE_PER_MINUTE: z._default(z.coerce.number().check(z.int(), z.positive()), 300),
  /** Spaces (and demo spaces) one address may create per hour: anyone may create one, and so become facilitator. */
  SPACE_RATE_PER_HOUR: z._default(z.coerce.number().check(z.int(), z.positive()), 20),
  /** Joins per minute from one address (a meeting room's wifi is one address), and through one invitation link. */
  JOIN_RATE_PER_MINUTE: z._default(z.coerce.number().check(z.int(), z.positive()), 60),
  JOIN_LINK_RATE_PER_MINUTE: z._default(z.coerce.number().check(z.int(), z.positive()), 120),
  /** Wrong or dead short codes one address may try per hour: enough for a room's typing slips, too few to guess. */
  // A meeting room's wifi is one address, and residents mistype: the limit must not lock a room out, while 300 guesses
  // an hour among 31^8 codes would still take about 160,000 years to find a given one.
  JOIN_CODE_FAILURES_PER_HOUR: z._default(z.coerce.number().check(z.int(), z.positive()), 300),
  /** Behind a reverse proxy: take the client's address from the X-Forwarded-For the proxy appends. */
  TRUST_PROXY: z._default(z.stringbool(), false),
  /** Other origins whose pages may open the WebSocket (the server's own is always allowed), comma-separated. */
  ALLOWED_ORIGINS: z._default(z.string(), ""),
  /** The bearer token of GET /api/metrics; unset, the endpoint is off. */
  METRICS_TOKEN: z.optional(z.string().check(z.minLength(16, "METRICS_TOKEN doit compter au moins 16 caractères."))),
});

export interface AccessLimits {
  spacesPerHour: number;
  joinsPerMinute: { perAddress: number; perLink: number };
  codeFailuresPerHour: number;
  trustProxy: boolean;
}

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  clientDist: string;
  snapshotDebounceMs: number;
  snapshotMaxDebounceMs: number;
  maxMessageBytes: number;
  participationLimits: { perParticipant: number; perLink: number };
  accessLimits: AccessLimits;
  allowedOrigins: string[];
  metricsToken: string | undefined;
  databaseUrl: string | undefined;
  redisUrl: string | undefined;
};

/** Each origin as browsers send it ("https://ctg.caf.fr", whatever the case or a trailing slash given here). */
function allowedOrigins(list: string): string[] {
  return list
    .split(",")
    .map((origin) => origin.trim())
    .filter(Boolean)
    .map((origin) => {
      try {
        return new URL(origin).origin;
      } catch {
        throw new Error(
          `Configuration invalide : ALLOWED_ORIGINS : « ${origin} » n'est pas une origine (https://nom).`,
        );
      }
    });
}

export function readConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) throw new Error(`Configuration invalide : ${describeIssues(parsed.error)}`);
  const e = parsed.data;
  if (e.REDIS_URL && !e.DATABASE_URL) {
    throw new Error("Configuration invalide : REDIS_URL demande DATABASE_URL (les instances partagent une même base).");
  }
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.DATA_DIR),
    clientDist: resolve(e.CLIENT_DIST),
    snapshotDebounceMs: e.SNAPSHOT_DEBOUNCE_MS,
    databaseUrl: e.DATABASE_URL || undefined,
    redisUrl: e.REDIS_URL || undefined,
    participationLimits: { perParticipant: e.PARTICIPANT_RATE_PER_MINUTE, perLink: e.LINK_RATE_PER_MINUTE },
    accessLimits: {
      spacesPerHour: e.SPACE_RATE_PER_HOUR,
      joinsPerMinute: { perAddress: e.JOIN_RATE_PER_MINUTE, perLink: e.JOIN_LINK_RATE_PER_MINUTE },
      codeFailuresPerHour: e.JOIN_CODE_FAILURES_PER_HOUR,
      trustProxy: e.TRUST_PROXY,
    },
    allowedOrigins: allowedOrigins(e.ALLOWED_ORIGINS),
    metricsToken: e.METRICS_TOKEN || undefined,
    snapshotMaxDebounceMs: e.SNAPSHOT_MAX_DEBOUNCE_MS,
    maxMessageBytes: e.MAX_MESSAGE_BYTES,
  };
}

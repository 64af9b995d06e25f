import { resolve } from "node:path";
import { describeIssues } from "@atelier/shared";
import { z } from "zod";

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().default("0.0.0.0"),
  DATA_DIR: z.string().default(resolve(import.meta.dirname, "../../data")),
  CLIENT_DIST: z.string().default(resolve(import.meta.dirname, "../../client/dist")),
  /** Hocuspocus' debounce before a snapshot compacts the update log (every update is durable before that). */
  SNAPSHOT_DEBOUNCE_MS: z.coerce.number().int().min(0).default(2000),
  SNAPSHOT_MAX_DEBOUNCE_MS: z.coerce.number().int().min(0).default(10000),
  /** Largest WebSocket message accepted from a client. */
  MAX_MESSAGE_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(2 * 1024 * 1024),
  /** PostgreSQL instead of the embedded SQLite file, e.g. postgres://user@host:5432/atelier. */
  DATABASE_URL: z.string().url().optional(),
  /** Several instances share live documents through Redis, e.g. redis://127.0.0.1:6379. */
  REDIS_URL: z.string().url().optional(),
  /** Contributions and votes per minute over HTTP: for one participant, and for everyone on one invitation link. */
  PARTICIPANT_RATE_PER_MINUTE: z.coerce.number().int().positive().default(20),
  LINK_RATE_PER_MINUTE: z.coerce.number().int().positive().default(300),
  /** Spaces (and demo spaces) one address may create per hour: anyone may create one, and so become facilitator. */
  SPACE_RATE_PER_HOUR: z.coerce.number().int().positive().default(20),
  /** Joins per minute from one address (a meeting room's wifi is one address), and through one invitation link. */
  JOIN_RATE_PER_MINUTE: z.coerce.number().int().positive().default(60),
  JOIN_LINK_RATE_PER_MINUTE: z.coerce.number().int().positive().default(120),
  /** Behind a reverse proxy: take the client's address from the X-Forwarded-For the proxy appends. */
  TRUST_PROXY: z.stringbool().default(false),
  /** Other origins whose pages may open the WebSocket (the server's own is always allowed), comma-separated. */
  ALLOWED_ORIGINS: z.string().default(""),
  /** The bearer token of GET /api/metrics; unset, the endpoint is off. */
  METRICS_TOKEN: z.string().min(16, "METRICS_TOKEN doit compter au moins 16 caractères.").optional(),
});

export interface AccessLimits {
  spacesPerHour: number;
  joinsPerMinute: { perAddress: number; perLink: number };
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
      trustProxy: e.TRUST_PROXY,
    },
    allowedOrigins: allowedOrigins(e.ALLOWED_ORIGINS),
    metricsToken: e.METRICS_TOKEN || undefined,
    snapshotMaxDebounceMs: e.SNAPSHOT_MAX_DEBOUNCE_MS,
    maxMessageBytes: e.MAX_MESSAGE_BYTES,
  };
}

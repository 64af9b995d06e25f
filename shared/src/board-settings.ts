import type * as Y from "yjs";
import { z } from "zod/mini";
import { documentMeta } from "./document-layout.ts";

/** A workshop moves through these phases; every participant sees the current one. */
export const PHASES = ["contribute", "cluster", "vote", "decide"] as const;
export type Phase = (typeof PHASES)[number];

export const VOTE_BUDGET_MAX = 20;
export const TIMER_MAX_MS = 3 * 60 * 60 * 1000;

/**
 * The shared countdown. Running: `endsAt` is set (epoch ms, corrected by each client for its clock offset to the
 * server). Paused or stopped: `remainingMs` is what is left.
 */
export const TimerSchema = z.strictObject({
  durationMs: z.number().check(z.int(), z.positive(), z.maximum(TIMER_MAX_MS)),
  endsAt: z.nullable(z.number().check(z.int(), z.nonnegative())),
  remainingMs: z.number().check(z.int(), z.nonnegative(), z.maximum(TIMER_MAX_MS)),
});
export type Timer = z.infer<typeof TimerSchema>;

/** A vote round: `round` changes each time a vote opens, so ballots of an earlier round never count. */
export const VoteSettingsSchema = z.strictObject({
  status: z.enum(["idle", "open", "closed"]),
  budget: z.number().check(z.int(), z.minimum(1), z.maximum(VOTE_BUDGET_MAX)),
  round: z.number().check(z.int(), z.nonnegative()),
});
export type VoteSettings = z.infer<typeof VoteSettingsSchema>;

/** "Follow me": the facilitator's view (the card or cluster they show) that participants' pages follow. */
export const FollowSchema = z.strictObject({
  active: z.boolean(),
  target: z.nullable(z.string().check(z.maxLength(64))),
});
export type Follow = z.infer<typeof FollowSchema>;

export interface BoardSettings {
  phase: Phase;
  /** Read-only for all but facilitators. */
  locked: boolean;
  /** Participants see only their own cards until the facilitator reveals them. */
  hidden: boolean;
  timer: Timer | null;
  vote: VoteSettings;
  follow: Follow;
}

export const DEFAULT_BOARD_SETTINGS: BoardSettings = {
  phase: "contribute",
  locked: false,
  hidden: false,
  timer: null,
  vote: { status: "idle", budget: 3, round: 0 },
  follow: { active: false, target: null },
};

/** Meta keys holding facilitation settings; only facilitators may write them. */
export const SETTINGS_KEYS = ["phase", "locked", "hidden", "timer", "vote", "follow"] as const;

const SettingSchemas = {
  phase: z.enum(PHASES),
  locked: z.boolean(),
  hidden: z.boolean(),
  timer: z.nullable(TimerSchema),
  vote: VoteSettingsSchema,
  follow: FollowSchema,
} satisfies Record<(typeof SETTINGS_KEYS)[number], z.ZodMiniType>;

/** The settings as stored, with defaults for anything unset or malformed. */
export function readBoardSettings(doc: Y.Doc): BoardSettings {
  const meta = documentMeta(doc);
  const read = <K extends keyof typeof SettingSchemas>(key: K): z.infer<(typeof SettingSchemas)[K]> | undefined => {
    const parsed = SettingSchemas[key].safeParse(meta.get(key));
    return parsed.success ? (parsed.data as z.infer<(typeof SettingSchemas)[K]>) : undefined;
  };
  return {
    phase: read("phase") ?? DEFAULT_BOARD_SETTINGS.phase,
    locked: read("locked") ?? DEFAULT_BOARD_SETTINGS.locked,
    hidden: read("hidden") ?? DEFAULT_BOARD_SETTINGS.hidden,
    timer: read("timer") ?? DEFAULT_BOARD_SETTINGS.timer,
    vote: read("vote") ?? DEFAULT_BOARD_SETTINGS.vote,
    follow: read("follow") ?? DEFAULT_BOARD_SETTINGS.follow,
  };
}

/** Whether a stored meta value is one the board understands (the server refuses anything else). */
export function isValidSetting(key: string, value: unknown): boolean {
  const schema = (SettingSchemas as Record<string, z.ZodMiniType>)[key];
  return schema?.safeParse(value).success === true;
}

export function setPhase(doc: Y.Doc, phase: Phase): void {
  documentMeta(doc).set("phase", z.enum(PHASES).parse(phase));
}

export function setLocked(doc: Y.Doc, locked: boolean): void {
  documentMeta(doc).set("locked", locked);
}

export function setHidden(doc: Y.Doc, hidden: boolean): void {
  documentMeta(doc).set("hidden", hidden);
}

export function setFollow(doc: Y.Doc, follow: Follow): void {
  documentMeta(doc).set("follow", FollowSchema.parse(follow));
}

export function startTimer(doc: Y.Doc, durationMs: number, now: number): void {
  const timer = TimerSchema.parse({ durationMs, endsAt: now + durationMs, remainingMs: durationMs });
  documentMeta(doc).set("timer", timer);
}

export function pauseTimer(doc: Y.Doc, now: number): void {
  const { timer } = readBoardSettings(doc);
  if (!timer || timer.endsAt === null) return;
  documentMeta(doc).set("timer", { ...timer, endsAt: null, remainingMs: Math.max(0, timer.endsAt - now) });
}

export function resumeTimer(doc: Y.Doc, now: number): void {
  const { timer } = readBoardSettings(doc);
  if (!timer || timer.endsAt !== null || timer.remainingMs === 0) return;
  documentMeta(doc).set("timer", { ...timer, endsAt: now + timer.remainingMs });
}

export function clearTimer(doc: Y.Doc): void {
  documentMeta(doc).set("timer", null);
}

/** Milliseconds left on the timer at `now` (0 when it has run out, null when there is no timer). */
export function timerRemaining(timer: Timer | null, now: number): number | null {
  if (!timer) return null;
  return timer.endsAt === null ? timer.remainingMs : Math.max(0, timer.endsAt - now);
}

/**
 * Hidden mode: until the facilitator reveals, a participant sees only their own cards; facilitators see all. This
 * keeps first ideas from anchoring each other; it is a workshop rule, not a secret (the document holds them all).
 */
export function cardsVisibleTo<T extends { authorId: string }>(
  cards: T[],
  settings: Pick<BoardSettings, "hidden">,
  viewer: { role: string; participantId: string },
): T[] {
  if (seesEveryCard(settings, viewer)) return cards;
  return cards.filter((card) => card.authorId === viewer.participantId);
}

export function seesEveryCard(settings: Pick<BoardSettings, "hidden">, viewer: { role: string }): boolean {
  return !settings.hidden || viewer.role === "facilitator";
}

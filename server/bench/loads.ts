import type { Shape } from "./bench-servers.ts";
import type { LoadTiming } from "./edit-load.ts";

/** One edit load: its shape, what it is called in the tables, and the edit-to-peers p95 it should stay under. */
export interface Load extends Shape {
  name: string;
  p95GoalMs: number | undefined;
  /** How often each participant edits. */
  intervalMs: number;
}

/** Everything a run measures, from the command line and BENCH_* variables. */
export interface BenchSettings {
  quick: boolean;
  loads: Load[];
  timing: Omit<LoadTiming, "intervalMs">;
  rounds: number;
  sequentialEdits: number;
  largeBoardCards: number;
  memoryBoards: number;
  memoryCardsPerBoard: number;
  /** Two instances over Redis (when PostgreSQL and Redis answer), with this many participants; 0: not run. */
  redisParticipants: number;
  /** How often each of that many participants on one board edits. */
  intervalFor: (participants: number) => number;
}

/** The goals for one board: p95 under 20 ms at 300 participants, under 50 ms at 1,000. */
function p95Goal(participants: number): number | undefined {
  if (participants >= 1000) return 50;
  if (participants >= 300) return 20;
  return undefined;
}

const count = (n: number) => n.toLocaleString("en");

/**
 * Each participant edits every `intervalMs`, but a board takes at most `boardEditsPerSecond` edits: at the default
 * 150 (300 participants every 2 s) 1,000 participants each edit every 6.7 s. Every edit goes to every other
 * participant, so 1,000 people each editing every 2 s would be 500,000 messages a second to send, beyond a 2-core
 * server and beyond any plenary, where most people read while a few write.
 */
function editInterval(participants: number, intervalMs: number, boardEditsPerSecond: number) {
  return Math.max(intervalMs, (participants * 1000) / boardEditsPerSecond);
}

/** `BENCH_PARTICIPANTS=300,1000`: one board each; `BENCH_SPACES=100x10`: that many boards of that many each. */
function loadsFrom(participants: string, spaces: string, interval: (participants: number) => number): Load[] {
  const oneBoard = participants
    .split(",")
    .filter(Boolean)
    .map(Number)
    .map((n) => ({
      name: `one board, ${count(n)} participants`,
      boards: 1,
      participantsPerBoard: n,
      p95GoalMs: p95Goal(n),
      intervalMs: interval(n),
    }));
  const many = spaces
    .split(",")
    .filter(Boolean)
    .map((shape) => {
      const [boards, each] = shape.split("x").map(Number) as [number, number];
      const name = `${count(boards)} boards × ${count(each)} participants`;
      return { name, boards, participantsPerBoard: each, p95GoalMs: undefined, intervalMs: interval(each) };
    });
  return [...oneBoard, ...many];
}

export function benchSettings(argv: readonly string[], env: NodeJS.ProcessEnv): BenchSettings {
  const quick = argv.includes("--quick") || env.BENCH_QUICK === "1";
  // The quick run is a smoke test of every part (under a minute); the full one is the figures.
  const defaults = quick
    ? { participants: "30", spaces: "10x5", seconds: 2, warmup: 0.5, rounds: 1, edits: 200, cards: 1000, boards: 5 }
    : {
        participants: "300,1000",
        spaces: "100x10",
        seconds: 15,
        warmup: 5,
        rounds: 2,
        edits: 3000,
        cards: 10000,
        boards: 100,
      };
  const number = (name: string, fallback: number) => Number(env[name] ?? fallback);
  const intervalMs = number("BENCH_EDIT_INTERVAL_MS", 2000);
  const boardEditsPerSecond = number("BENCH_BOARD_EDITS_PER_SECOND", 150);
  const interval = (participants: number) => editInterval(participants, intervalMs, boardEditsPerSecond);
  return {
    quick,
    loads: loadsFrom(env.BENCH_PARTICIPANTS ?? defaults.participants, env.BENCH_SPACES ?? defaults.spaces, interval),
    timing: {
      warmupSeconds: number("BENCH_WARMUP_SECONDS", defaults.warmup),
      seconds: number("BENCH_SECONDS", defaults.seconds),
    },
    rounds: number("BENCH_ROUNDS", defaults.rounds),
    sequentialEdits: number("BENCH_SEQUENTIAL_EDITS", defaults.edits),
    largeBoardCards: number("BENCH_CARDS", defaults.cards),
    memoryBoards: number("BENCH_MEMORY_BOARDS", defaults.boards),
    memoryCardsPerBoard: 50,
    redisParticipants: quick ? 0 : number("BENCH_REDIS_PARTICIPANTS", 150),
    intervalFor: interval,
  };
}

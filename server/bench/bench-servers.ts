import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { boardDocumentName, parseDocumentName } from "@atelier/shared";
import { newId } from "../src/spaces/secrets.ts";
import { type ChildServer, createSpaceOver, spawnServer } from "../test/support/child-server.ts";
import { freshDataDir } from "../test/support/test-server.ts";
import { aFewAtATime } from "./a-few-at-a-time.ts";
import type { Seat } from "./light-participant.ts";

export type ServerKind = "ours" | "bare";

/** A load's shape: how many boards, each in its own space, and how many partners on each. */
export interface Shape {
  boards: number;
  participantsPerBoard: number;
}

export interface BenchServer {
  kind: ServerKind;
  process: ChildServer;
  /** Where light connections go. */
  url: string;
  port: number;
  dataDir: string;
}

/** A board and a token with every right on it (the space's facilitator on ours). */
export interface FacilitatedBoard {
  board: string;
  token: string;
}

const BARE = fileURLToPath(new URL("./bare-hocuspocus.ts", import.meta.url));
const SPACES_AT_ONCE = 4;
const JOINS_AT_ONCE = 8;

/** Lets the bench read ours' loaded documents from its metrics endpoint. */
const METRICS_TOKEN = "banc-d-essai-metriques";

/**
 * Ours (the real entry point, embedded store in the given folder, a fresh one by default) or a bare Hocuspocus, in
 * its own process.
 */
export async function startServer(
  kind: ServerKind,
  env: Record<string, string> = {},
  dataDir = freshDataDir(),
): Promise<BenchServer> {
  const child = await spawnServer(dataDir, { METRICS_TOKEN, ...env }, kind === "bare" ? BARE : undefined);
  const path = kind === "ours" ? "/collab" : "";
  return { kind, process: child, url: `ws://127.0.0.1:${child.port}${path}`, port: child.port, dataDir };
}

/** Stops the server; its folder is removed unless it is kept for a restart. */
export async function stopServer(server: BenchServer, keepData = false): Promise<void> {
  server.process.process.kill("SIGTERM");
  await server.process.exited;
  if (!keepData) rmSync(server.dataDir, { recursive: true, force: true });
}

/** How many documents the server holds in memory. */
export async function loadedDocuments(server: BenchServer): Promise<number> {
  if (server.kind === "bare") return Number(await (await fetch(`http://127.0.0.1:${server.port}/`)).text());
  const response = await fetch(`http://127.0.0.1:${server.port}/api/metrics`, {
    headers: { authorization: `Bearer ${METRICS_TOKEN}` },
  });
  return Number(/^atelier_documents_loaded (\d+)/m.exec(await response.text())?.[1] ?? Number.NaN);
}

async function post<T>(port: number, path: string, body: unknown, token?: string): Promise<T> {
  const response = await fetch(`http://127.0.0.1:${port}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** Boards in spaces of their own: created over HTTP on ours; on bare, names as long as ours (they travel in every frame). */
export async function facilitatedBoards(server: BenchServer, count: number): Promise<FacilitatedBoard[]> {
  const indices = Array.from({ length: count }, (_, i) => i);
  if (server.kind === "bare") return indices.map(() => ({ board: boardDocumentName(newId(), newId()), token: "none" }));
  return aFewAtATime(indices, SPACES_AT_ONCE, async (i) => {
    const space = await createSpaceOver(server.port, `Banc d'essai ${i + 1}`);
    return { board: space.boards[0]?.documentName as string, token: space.facilitatorSecret };
  });
}

/** Every partner of the load, each with a token of their own (joined through the space's partner link on ours). */
export async function seatsFor(server: BenchServer, shape: Shape, instanceUrls = [server.url]): Promise<Seat[]> {
  const boards = await facilitatedBoards(server, shape.boards);
  const onBoard = Array.from({ length: shape.participantsPerBoard }, (_, seat) => seat);
  const seats = await aFewAtATime(boards, SPACES_AT_ONCE, async ({ board, token }) => {
    const people =
      server.kind === "bare"
        ? onBoard.map((seat) => ({ participantToken: "none", participantId: `p${seat}` }))
        : await joinAll(server.port, board, token, shape.participantsPerBoard);
    return people.map(({ participantToken, participantId }, seat) => {
      const instance = seat % instanceUrls.length;
      return { url: instanceUrls[instance] as string, board, token: participantToken, participantId, seat, instance };
    });
  });
  return seats.flat();
}

async function joinAll(port: number, board: string, facilitatorToken: string, participants: number) {
  const spaceId = parseDocumentName(board)?.spaceId;
  const link = await post<{ token: string }>(
    port,
    `/api/spaces/${spaceId}/invitations`,
    { role: "partner", label: "Banc d'essai" },
    facilitatorToken,
  );
  const people = Array.from({ length: participants }, (_, i) => i);
  return aFewAtATime(people, JOINS_AT_ONCE, (i) =>
    post<{ participantToken: string; participantId: string }>(port, "/api/join", {
      token: link.token,
      displayName: `Partenaire ${i}`,
    }),
  );
}

import { spawn } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { addCard, type CreatedSpaceView, listCards } from "@atelier/shared";
import { afterEach, describe, expect, it } from "vitest";
import { type ChildServer, createSpaceOver, spawnServer } from "./support/child-server.ts";
import { type CollabClient, connectClient, waitFor } from "./support/collab-client.ts";
import { freshDataDir } from "./support/test-server.ts";

const CLI = fileURLToPath(new URL("../src/ops/backup-cli.ts", import.meta.url));
const EXAMPLE = readFileSync(new URL("../src/demo/conflent-canigou-2019.csv", import.meta.url), "utf8");
const author = { authorId: "facilitator", authorName: "Camille", authorRole: "facilitator" } as const;
/** Compactions all along: the backup runs while snapshots are written and journals emptied. */
const BUSY_SNAPSHOTS = { SNAPSHOT_DEBOUNCE_MS: "20", SNAPSHOT_MAX_DEBOUNCE_MS: "60" };

const children: ChildServer[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.process.kill("SIGKILL");
});

async function start(dataDir: string): Promise<ChildServer> {
  const child = await spawnServer(dataDir, BUSY_SNAPSHOTS);
  children.push(child);
  return child;
}

/** The CLI as an operator runs it, on the embedded store of `dataDir`. */
function atelier(args: string[], dataDir: string, env: Record<string, string> = {}) {
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const child = spawn(process.execPath, [CLI, ...args], {
    env: { ...inherited, DATA_DIR: dataDir, LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return new Promise<{ code: number | null; output: string }>((resolve) =>
    child.once("exit", (code) => resolve({ code, output })),
  );
}

/** When the backup began, by the CLI's own log line. */
function backupStartedAt(output: string): number {
  const line = output.split("\n").find((candidate) => candidate.includes('"backup started"'));
  return (JSON.parse(line ?? "{}") as { time: number }).time;
}

/**
 * Adds cards one after the other, each once the previous is acknowledged, until stopped; lists those acknowledged
 * and when (noted by polling, so a little after the acknowledgement came).
 */
function editContinuously(client: CollabClient, prefix: string) {
  const acknowledged: { id: string; at: number }[] = [];
  let running = true;
  const done = (async () => {
    for (let n = 0; running; n++) {
      const id = `${prefix}-${n}`;
      addCard(client.doc, id, { kind: "constat", title: id, ...author }, n);
      await waitFor(
        () => client.provider.unsyncedChanges,
        (count) => count === 0,
      );
      acknowledged.push({ id, at: Date.now() });
    }
  })();
  return {
    acknowledged,
    stop: async () => {
      running = false;
      await done;
    },
  };
}

async function read(port: number, space: CreatedSpaceView, path: string): Promise<unknown> {
  const response = await fetch(`http://127.0.0.1:${port}/api/spaces/${space.id}${path}`, {
    headers: { authorization: `Bearer ${space.facilitatorSecret}` },
  });
  expect(response.status, path).toBe(200);
  return response.json();
}

async function post(port: number, space: CreatedSpaceView, path: string, body: string, type = "application/json") {
  const response = await fetch(`http://127.0.0.1:${port}/api/spaces/${space.id}${path}`, {
    method: "POST",
    headers: { authorization: `Bearer ${space.facilitatorSecret}`, "content-type": type },
    body,
  });
  expect(response.status, await response.clone().text()).toBe(201);
  return (await response.json()) as { id: string };
}

/** What a space holds over HTTP, beside its documents. */
async function records(port: number, space: CreatedSpaceView) {
  return {
    indicators: await read(port, space, "/indicators"),
    meetings: await read(port, space, "/meetings"),
    versions: await read(port, space, "/plan/versions"),
  };
}

async function cardIds(port: number, documentName: string, token: string): Promise<string[]> {
  const reader = await connectClient(`ws://127.0.0.1:${port}/collab`, documentName, token);
  const ids = listCards(reader.doc).map((card) => card.id);
  reader.provider.destroy();
  return ids;
}

// The embedded store only: with PostgreSQL, pg_dump and pg_restore do this.
describe.skipIf(Boolean(process.env.ATELIER_TEST_DATABASE_URL))("backup and restore of the embedded store", () => {
  it("brings back every document, indicator, plan version and meeting, from a backup taken during edits", async () => {
    const dataDir = freshDataDir();
    const server = await start(dataDir);
    const space = await createSpaceOver(server.port);
    await post(server.port, space, "/indicators/import", EXAMPLE, "text/csv");
    const meeting = await post(
      server.port,
      space,
      "/meetings",
      JSON.stringify({
        kind: "copil",
        date: "2021-10-30",
        title: "COPIL de lancement",
        decisions: [{ kind: "validation-cadrage", text: "Cadrage validé" }],
      }),
    );
    await post(server.port, space, "/plan/versions", JSON.stringify({ label: "Plan validé", meetingId: meeting.id }));
    const boards = space.boards.slice(0, 3).map((board) => board.documentName);
    const clients = await Promise.all(
      boards.map((board) => connectClient(`ws://127.0.0.1:${server.port}/collab`, board, space.facilitatorSecret)),
    );
    const flows = clients.map((client, index) => editContinuously(client, `carte-${index}`));
    await waitFor(
      () => Math.min(...flows.map((flow) => flow.acknowledged.length)),
      (count) => count >= 20,
    );

    const backupDir = join(freshDataDir(), "sauvegarde");
    const backup = await atelier(["backup", backupDir], dataDir);
    const finishedAt = Date.now();
    expect(backup.code, backup.output).toBe(0);
    await Promise.all(flows.map((flow) => flow.stop()));
    for (const client of clients) client.provider.destroy();
    const startedAt = backupStartedAt(backup.output);
    const acknowledgedBefore = flows.map((flow) =>
      flow.acknowledged.filter(({ at }) => at < startedAt).map(({ id }) => id),
    );
    // Edits went on while the backup ran: some were acknowledged between its start and its end (a fast backup may
    // fall between two edits of one board, so the boards are counted together).
    const during = flows.map((flow) => flow.acknowledged.filter(({ at }) => at >= startedAt && at < finishedAt).length);
    expect(
      during.reduce((sum, count) => sum + count, 0),
      `edits acknowledged during the backup, per board: ${during}`,
    ).toBeGreaterThan(0);
    const manifest = JSON.parse(readFileSync(join(backupDir, "manifest.json"), "utf8"));
    expect(manifest).toMatchObject({ format: "atelier-ctg-backup", formatVersion: 1 });

    const refusedRunning = await atelier(["restore", backupDir], dataDir);
    expect(refusedRunning.code).toBe(1);
    expect(refusedRunning.output).toContain(`Un serveur (processus ${server.process.pid}) utilise`);
    const expected = await records(server.port, space);
    server.process.kill("SIGTERM");
    await server.exited;

    const restoredDir = freshDataDir();
    const restore = await atelier(["restore", backupDir], restoredDir);
    expect(restore.code, restore.output).toBe(0);
    for (const entry of ["", ...readdirSync(restoredDir, { recursive: true, encoding: "utf8" })]) {
      const stat = statSync(join(restoredDir, entry));
      expect({ entry, mode: (stat.mode & 0o777).toString(8) }).toEqual({
        entry,
        mode: stat.isDirectory() ? "700" : "600",
      });
    }
    const restored = await start(restoredDir);
    expect(await records(restored.port, space)).toEqual(expected);
    for (const [index, board] of boards.entries()) {
      const ids = await cardIds(restored.port, board, space.facilitatorSecret);
      expect(ids).toEqual(expect.arrayContaining(acknowledgedBefore[index] ?? []));
    }
    await cardIds(restored.port, space.plan.documentName, space.facilitatorSecret);
    restored.process.kill("SIGTERM");
    await restored.exited;
  }, 60_000);

  it("refuses a backup folder that is not empty, a damaged backup, and a store on PostgreSQL", async () => {
    const dataDir = freshDataDir();
    const server = await start(dataDir);
    await createSpaceOver(server.port);
    const backupDir = freshDataDir();
    writeFileSync(join(backupDir, "autre.txt"), "déjà là");
    const notEmpty = await atelier(["backup", backupDir], dataDir);
    expect(notEmpty.code).toBe(1);
    expect(notEmpty.output).toContain("n'est pas vide");

    const target = join(backupDir, "bonne");
    expect((await atelier(["backup", target], dataDir)).code).toBe(0);
    server.process.kill("SIGTERM");
    await server.exited;
    const restoredDir = freshDataDir();
    const alongside = join(restoredDir, "journal");
    mkdirSync(alongside);
    const occupied = await atelier(["restore", target], restoredDir);
    expect(occupied.output).toContain("contient déjà des données (journal)");
    writeFileSync(join(target, "atelier.sqlite"), "abîmé", { flag: "a" });
    const damaged = await atelier(["restore", target], freshDataDir());
    expect(damaged.code).toBe(1);
    expect(damaged.output).toContain("atelier.sqlite ne correspond plus au manifeste");

    const postgres = await atelier(["backup", join(backupDir, "pg")], dataDir, {
      DATABASE_URL: "postgres://atelier@127.0.0.1:5432/atelier",
    });
    expect(postgres.code).toBe(1);
    expect(postgres.output).toContain("pg_dump");
  });
});

import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { addCard } from "@atelier/shared";
import { describe, expect, it } from "vitest";
import { connectClient, waitFor } from "./support/collab-client.ts";
import { startTestServer } from "./support/test-server.ts";

/** Every folder and file under `dir`, with its permission bits. */
function modes(dir: string): { path: string; mode: string; folder: boolean }[] {
  return [dir, ...readdirSync(dir, { recursive: true, encoding: "utf8" }).map((entry) => join(dir, entry))].map(
    (path) => {
      const stat = statSync(path);
      return { path, mode: (stat.mode & 0o777).toString(8), folder: stat.isDirectory() };
    },
  );
}

// The embedded store only: with PostgreSQL the data lives in the database server.
describe.skipIf(Boolean(process.env.ATELIER_TEST_DATABASE_URL))("the data folder", () => {
  it("is readable by the server's own user only: folders 0700, files 0600, whatever the umask", async () => {
    const previous = process.umask(0o022);
    try {
      const server = await startTestServer();
      const space = await server.createSpace();
      const client = await connectClient(
        server.wsUrl,
        space.boards[0]?.documentName as string,
        space.facilitatorSecret,
      );
      addCard(
        client.doc,
        "c",
        { kind: "constat", title: "Écrit", authorId: "facilitator", authorName: "Anne", authorRole: "facilitator" },
        1,
      );
      await waitFor(
        () => client.provider.unsyncedChanges,
        (n) => n === 0,
      );
      client.provider.destroy();
      const found = modes(server.dataDir);
      await server.close();
      const names = found.map(({ path }) => path.slice(server.dataDir.length));
      expect(names).toEqual(expect.arrayContaining(["/atelier.sqlite", "/atelier.sqlite-wal", "/journal"]));
      expect(names.some((name) => name.startsWith("/journal/") && name.endsWith(".log"))).toBe(true);
      for (const { path, mode, folder } of found)
        expect({ path, mode }).toEqual({ path, mode: folder ? "700" : "600" });
    } finally {
      process.umask(previous);
    }
  });
});

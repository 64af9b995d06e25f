import { copyFileSync, existsSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { backup, DatabaseSync } from "node:sqlite";
import { PRIVATE_FILE_MODE, privateFile, privateFolder } from "../store/private-files.ts";
import { DATABASE_FILE, describeFile, JOURNAL_FOLDER, MANIFEST_FILE, type Manifest } from "./manifest.ts";

/** Pages per backup step: all of them, so that one step reads one consistent state and the server's writes never restart it. */
const ALL_PAGES = 2 ** 31 - 1;

/**
 * Backs up the embedded store of `dataDir` into `target` (missing or empty), while a server may be writing to it.
 *
 * The journals are copied first, the database after. A document is its snapshot row plus its journal replayed over
 * it (replaying an update the snapshot holds changes nothing). The server writes a snapshot, then drops from the
 * journal the updates it holds: so an update missing from a journal copied at time t was in a snapshot committed
 * before t, and every snapshot after t still holds it (a snapshot is the whole document, which only grows). The
 * database copied after t therefore holds it. The other order loses edits: a compaction between the database's
 * copy and the journals' drops updates from the journal that the copied snapshot does not hold.
 */
export async function backupStore(dataDir: string, target: string): Promise<Manifest> {
  const database = join(dataDir, DATABASE_FILE);
  if (!existsSync(database)) throw new Error(`Aucune base ${DATABASE_FILE} dans ${dataDir} : rien à sauvegarder.`);
  if (existsSync(target) && readdirSync(target).length > 0) {
    throw new Error(`Le dossier ${target} n'est pas vide : la sauvegarde va dans un dossier vide ou nouveau.`);
  }
  privateFolder(join(target, JOURNAL_FOLDER));
  const journals = copyJournals(join(dataDir, JOURNAL_FOLDER), join(target, JOURNAL_FOLDER));
  const schemaVersion = await copyDatabase(database, join(target, DATABASE_FILE));
  const manifest: Manifest = {
    format: "atelier-ctg-backup",
    formatVersion: 1,
    createdAt: new Date().toISOString(),
    schemaVersion,
    node: process.version,
    files: await Promise.all(
      [DATABASE_FILE, ...journals.map((name) => `${JOURNAL_FOLDER}/${name}`)].map((path) => describeFile(target, path)),
    ),
  };
  writeFileSync(join(target, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`, {
    mode: PRIVATE_FILE_MODE,
    flush: true,
  });
  return manifest;
}

/**
 * Each journal as it is when read. A journal rewritten meanwhile is renamed over, so the copy is one version or the
 * other, whole; one appended to meanwhile may end with part of an entry, which loading cuts off as after a crash
 * (that update was not acknowledged before the copy began).
 */
function copyJournals(from: string, to: string): string[] {
  if (!existsSync(from)) return [];
  const copied: string[] = [];
  for (const name of readdirSync(from).filter((entry) => entry.endsWith(".log"))) {
    try {
      copyFileSync(join(from, name), join(to, name));
    } catch (error) {
      // Emptied by a compaction since the listing: its updates are in a snapshot, which the database copy holds.
      if ((error as NodeJS.ErrnoException).code === "ENOENT") continue;
      throw error;
    }
    privateFile(join(to, name));
    copied.push(name);
  }
  return copied;
}

/** SQLite's online backup, then a check of the copy; answers the copy's schema version. */
async function copyDatabase(from: string, to: string): Promise<number> {
  privateFile(to);
  const source = new DatabaseSync(from, { timeout: 10_000 });
  try {
    await backup(source, to, { rate: ALL_PAGES });
  } finally {
    source.close();
  }
  const copy = new DatabaseSync(to);
  try {
    // One self-contained file: no -wal beside it to lose on the way (the server sets WAL again when it opens it).
    copy.exec("PRAGMA journal_mode = DELETE");
    const { quick_check: check } = copy.prepare("PRAGMA quick_check").get() as { quick_check: string };
    if (check !== "ok") throw new Error(`La copie de la base est invalide (${check}) : sauvegarde abandonnée.`);
    return (copy.prepare("PRAGMA user_version").get() as { user_version: number }).user_version;
  } finally {
    copy.close();
  }
}

import { copyFileSync, existsSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { servingProcess } from "../store/data-dir-lock.ts";
import { privateFile, privateFolder } from "../store/private-files.ts";
import { checkedManifest, DATABASE_FILE, JOURNAL_FOLDER, type Manifest } from "./manifest.ts";

/** Where the files are copied before they are moved into place, inside the data directory (same file system). */
const STAGING = "restauration-en-cours";

/**
 * Restores a backup made by backupStore into the data directory of a stopped server. It never overwrites: a
 * directory that already holds a store is refused, and the operator moves it aside first.
 */
export async function restoreStore(source: string, dataDir: string): Promise<Manifest> {
  const manifest = await checkedManifest(source);
  const pid = servingProcess(dataDir);
  if (pid !== undefined) {
    throw new Error(
      `Un serveur (processus ${pid}) utilise ${dataDir} : arrêtez-le avant de restaurer. ` +
        `S'il est déjà arrêté, supprimez ${join(dataDir, "atelier.pid")}.`,
    );
  }
  const present = [DATABASE_FILE, `${DATABASE_FILE}-wal`, JOURNAL_FOLDER].filter((name) =>
    existsSync(join(dataDir, name)),
  );
  if (present.length > 0) {
    throw new Error(`${dataDir} contient déjà des données (${present.join(", ")}) : déplacez-les avant de restaurer.`);
  }
  const staging = join(dataDir, STAGING);
  // Left by a restore interrupted before its last step: nothing of it was in place yet.
  rmSync(staging, { recursive: true, force: true });
  privateFolder(join(staging, JOURNAL_FOLDER));
  for (const { path } of manifest.files) {
    copyFileSync(join(source, path), join(staging, path));
    privateFile(join(staging, path));
  }
  // The database last: a data directory with a database has its journals too.
  renameSync(join(staging, JOURNAL_FOLDER), join(dataDir, JOURNAL_FOLDER));
  renameSync(join(staging, DATABASE_FILE), join(dataDir, DATABASE_FILE));
  rmSync(staging, { recursive: true });
  return manifest;
}

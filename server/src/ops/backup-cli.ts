import { resolve } from "node:path";
import { readConfig } from "../config.ts";
import { logOf } from "../observability/log.ts";
import { backupStore } from "./backup.ts";
import { restoreStore } from "./restore.ts";

/**
 * `node server/src/ops/backup-cli.ts backup|restore DIR`, for the embedded store of DATA_DIR. A relative DIR is taken
 * from where pnpm was called (INIT_CWD), else from the working directory.
 */
const backupLog = logOf("backup");
const [command, dir, ...rest] = process.argv.slice(2);

async function run(): Promise<void> {
  if ((command !== "backup" && command !== "restore") || !dir || rest.length > 0) {
    throw new Error("Usage : atelier backup DOSSIER | atelier restore DOSSIER");
  }
  const config = readConfig(process.env);
  if (config.databaseUrl) {
    throw new Error(
      "DATABASE_URL est défini : les données sont dans PostgreSQL. Sauvegardez-les avec pg_dump et restaurez-les avec pg_restore.",
    );
  }
  const folder = resolve(process.env.INIT_CWD ?? process.cwd(), dir);
  if (command === "backup") {
    // Its time is when the backup began: what was acknowledged before it is in the backup.
    backupLog.info({ data: config.dataDir, backup: folder }, "backup started");
    const manifest = await backupStore(config.dataDir, folder);
    backupLog.info({ data: config.dataDir, backup: folder, files: manifest.files.length }, "backup written");
  } else {
    const manifest = await restoreStore(folder, config.dataDir);
    backupLog.info(
      { data: config.dataDir, backup: folder, files: manifest.files.length, createdAt: manifest.createdAt },
      "backup restored",
    );
  }
}

try {
  await run();
} catch (error) {
  backupLog.error((error as Error).message);
  process.exitCode = 1;
}

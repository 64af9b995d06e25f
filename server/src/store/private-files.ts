import { chmodSync, closeSync, mkdirSync, openSync } from "node:fs";
import { logOf } from "../observability/log.ts";

/**
 * What the server stores (secrets' hashes, participants' names, every board) is readable by its own system user
 * only: folders 0700, files 0600, whatever the umask. Folders and files made by an earlier version are narrowed too.
 */
export const PRIVATE_FILE_MODE = 0o600;
const PRIVATE_FOLDER_MODE = 0o700;

export function privateFolder(path: string): void {
  mkdirSync(path, { recursive: true, mode: PRIVATE_FOLDER_MODE });
  narrow(path, PRIVATE_FOLDER_MODE);
}

/** Creates the file empty when missing. SQLite then gives its -wal and -shm files the same mode as the database. */
export function privateFile(path: string): void {
  closeSync(openSync(path, "a", PRIVATE_FILE_MODE));
  narrow(path, PRIVATE_FILE_MODE);
}

/** A folder mounted from elsewhere may belong to another user: the server still starts, and says so. */
function narrow(path: string, mode: number): void {
  try {
    chmodSync(path, mode);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EPERM") throw error;
    logOf("store").warn(
      { path, wanted: mode.toString(8) },
      "data file of another user: its permissions are left as they are",
    );
  }
}

import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { privateFile } from "./private-files.ts";

/**
 * The embedded store's data directory names the process serving it, so that a restore refuses to write under a
 * running server. A pid file rather than the port: the port is configuration (another one, or a proxy in front,
 * would fool the check), while the pid file sits in the data directory itself. A server killed with SIGKILL leaves
 * its file behind; the pid then names no living process and is ignored.
 */
const PID_FILE = "atelier.pid";

/** Writes this process's pid; the returned function removes it, unless another process has since written its own. */
export function claimDataDir(dir: string): () => void {
  const path = join(dir, PID_FILE);
  privateFile(path);
  writeFileSync(path, `${process.pid}\n`);
  return () => {
    if (pidIn(path) === process.pid) rmSync(path, { force: true });
  };
}

/** The pid of the living process serving that directory, if any. */
export function servingProcess(dir: string): number | undefined {
  const pid = pidIn(join(dir, PID_FILE));
  return pid !== undefined && alive(pid) ? pid : undefined;
}

function pidIn(path: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(path, "utf8"), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

/** Signal 0 checks without signalling; EPERM means the process exists under another user. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

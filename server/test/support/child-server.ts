import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { CreatedSpaceView } from "@atelier/shared";
import { storageEnv } from "./storage.ts";
import { UNTHROTTLED_ENV } from "./unthrottled.ts";

const MAIN = fileURLToPath(new URL("../../src/main.ts", import.meta.url));

export interface ChildServer {
  process: ChildProcess;
  port: number;
  output: () => string;
  exited: Promise<number | null>;
}

/** The real entry point (or another server script) in its own process, so a test can SIGTERM or SIGKILL it. */
export async function spawnServer(
  dataDir: string,
  env: Record<string, string> = {},
  entry = MAIN,
): Promise<ChildServer> {
  const child = spawn(process.execPath, [entry], {
    env: {
      ...process.env,
      PORT: "0",
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      ...(await storageEnv(dataDir)),
      ...UNTHROTTLED_ENV,
      // Its output is read (the port it listens on, what it logged), not shown.
      LOG_LEVEL: "info",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const port = /http:\/\/localhost:(\d+)/.exec(output)?.[1];
      if (port) resolve({ process: child, port: Number(port), output: () => output, exited });
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    exited.then((code) => reject(new Error(`server exited with ${code} before listening:\n${output}`)));
  });
}

/** Creates a space through the HTTP API of a server in its own process, as any client would. */
export async function createSpaceOver(port: number, name = "CdC Conflent-Canigou"): Promise<CreatedSpaceView> {
  const response = await fetch(`http://127.0.0.1:${port}/api/spaces`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name, period: { start: 2021, end: 2025 } }),
  });
  if (response.status !== 201) throw new Error(`space not created: ${response.status} ${await response.text()}`);
  return (await response.json()) as CreatedSpaceView;
}

import { readConfig } from "./config.ts";
import { log } from "./observability/log.ts";
import { startServer } from "./server.ts";

const config = readConfig(process.env);
const server = await startServer(config);
log.info(
  { concern: "server", port: server.port, data: config.dataDir },
  `Atelier CTG : http://localhost:${server.port}`,
);

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  log.info({ concern: "server", signal }, "stopping: storing every open document");
  await server.close();
  log.info({ concern: "server" }, "stopped");
  log.flush();
  process.exit(0);
}
process.on("SIGTERM", () => void stop("SIGTERM"));
process.on("SIGINT", () => void stop("SIGINT"));

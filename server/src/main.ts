import { readConfig } from "./config.ts";
import { startServer } from "./server.ts";

const config = readConfig(process.env);
const server = await startServer(config);
console.log(`Atelier CTG : http://localhost:${server.port} (données : ${config.dataDir})`);

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal} reçu : enregistrement des documents…`);
  await server.close();
  console.log("Arrêt propre.");
  process.exit(0);
}
process.on("SIGTERM", () => void stop("SIGTERM"));
process.on("SIGINT", () => void stop("SIGINT"));

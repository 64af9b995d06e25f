import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createAdaptorServer } from "@hono/node-server";
import { BilanService } from "./bilan/bilan-service.ts";
import { SatisfactionService } from "./bilan/satisfaction-service.ts";
import { createCollabServer } from "./collab/collab-server.ts";
import { DocumentWriter } from "./collab/document-writer.ts";
import { attachCollabEndpoint } from "./collab/websocket-endpoint.ts";
import type { Config } from "./config.ts";
import { DiagnosticService } from "./diagnostic/diagnostic-service.ts";
import { GovernanceService } from "./governance/governance-service.ts";
import { createHttpApp } from "./http/http-app.ts";
import { CitationCatalog } from "./indicators/citation-catalog.ts";
import { IndicatorService } from "./indicators/indicator-service.ts";
import { Metrics } from "./observability/metrics.ts";
import { ParticipationService } from "./participation/participation-service.ts";
import { ConventionService } from "./plan/convention-service.ts";
import { PlanService } from "./plan/plan-service.ts";
import { PromotionService } from "./plan/promotion-service.ts";
import { PublicPageService } from "./plan/public-page-service.ts";
import { drainDocuments } from "./shutdown.ts";
import { AccessService } from "./spaces/access-service.ts";
import { FirstScreenService } from "./spaces/first-screen-service.ts";
import { JoinCodeService } from "./spaces/join-code-service.ts";
import { SpaceService } from "./spaces/space-service.ts";
import { openStore } from "./store/open-store.ts";
import { TerritoryServicesService } from "./territory/territory-services-service.ts";

export interface RunningServer {
  port: number;
  url: string;
  /** Closes every connection, stores every open document, then closes the store. */
  close(): Promise<void>;
}

export async function startServer(config: Config): Promise<RunningServer> {
  const store = await openStore(config);
  const spaces = new SpaceService(store);
  const access = new AccessService(store);
  const citations = new CitationCatalog(store);
  const metrics = new Metrics();
  // Redis and its clients are loaded only where several instances run.
  const redis = config.redisUrl
    ? (await import("./collab/redis-sync.ts")).redisSync(config.redisUrl, spaces, access)
    : undefined;
  const { hocuspocus, persistence } = createCollabServer(
    config,
    store,
    spaces,
    access,
    citations,
    metrics,
    redis?.extensions,
  );
  const writer = new DocumentWriter(hocuspocus);
  const participation = new ParticipationService(spaces, store, writer, access);
  const plan = new PlanService(spaces, store, writer);
  const governance = new GovernanceService(store);
  const indicators = new IndicatorService(spaces, store, writer, citations);
  const territoryServices = new TerritoryServicesService(spaces, store, writer, citations);
  const app = createHttpApp({
    spaces,
    access,
    participation,
    participationLimits: config.participationLimits,
    accessLimits: config.accessLimits,
    plan,
    convention: new ConventionService(spaces, store, writer),
    governance,
    bilan: new BilanService(plan, store, indicators),
    publicPages: new PublicPageService(spaces, store, writer),
    diagnostic: new DiagnosticService(spaces, writer, indicators, governance, territoryServices),
    joinCodes: new JoinCodeService(store),
    firstScreens: new FirstScreenService(spaces, store, (name) => hocuspocus.documents.get(name)),
    satisfaction: new SatisfactionService(store),
    indicators,
    territoryServices,
    writer,
    promotion: new PromotionService(spaces, writer),
    store,
    redisHealth: redis?.health,
    clientDist: config.clientDist,
    metrics,
    metricsToken: config.metricsToken,
  });
  const server = createAdaptorServer({ fetch: app.fetch }) as Server;
  const websockets = attachCollabEndpoint(server, hocuspocus, persistence, metrics, config);

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  let closing: Promise<void> | undefined;
  return {
    port,
    url: `http://localhost:${port}`,
    close() {
      closing ??= (async () => {
        server.close();
        await drainDocuments(hocuspocus);
        websockets.closeAll(1001, "Le serveur s'arrête.", true);
        server.closeAllConnections();
        await store.close();
        redis?.disconnect();
      })();
      return closing;
    },
  };
}

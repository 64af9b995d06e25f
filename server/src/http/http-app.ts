import { Hono } from "hono";
import type { BilanService } from "../bilan/bilan-service.ts";
import type { SatisfactionService } from "../bilan/satisfaction-service.ts";
import type { DocumentWriter } from "../collab/document-writer.ts";
import type { AccessLimits } from "../config.ts";
import type { DiagnosticService } from "../diagnostic/diagnostic-service.ts";
import type { GovernanceService } from "../governance/governance-service.ts";
import type { IndicatorService } from "../indicators/indicator-service.ts";
import type { Metrics } from "../observability/metrics.ts";
import type { ParticipationService } from "../participation/participation-service.ts";
import type { ConventionService } from "../plan/convention-service.ts";
import type { PlanService } from "../plan/plan-service.ts";
import type { PromotionService } from "../plan/promotion-service.ts";
import type { PublicPageService } from "../plan/public-page-service.ts";
import type { AccessService } from "../spaces/access-service.ts";
import type { FirstScreenService } from "../spaces/first-screen-service.ts";
import type { JoinCodeService } from "../spaces/join-code-service.ts";
import type { SpaceService } from "../spaces/space-service.ts";
import type { Store } from "../store/store.ts";
import type { TerritoryServicesService } from "../territory/territory-services-service.ts";
import { joinRoutes, spaceAccessRoutes } from "./access-routes.ts";
import { accessThrottles } from "./access-throttles.ts";
import { apiCompression } from "./api-compression.ts";
import { apiNoStore } from "./api-no-store.ts";
import { bilanRoutes } from "./bilan-routes.ts";
import { limitBody, MAX_BODY_BYTES } from "./body-limit.ts";
import { conventionRoutes } from "./convention-routes.ts";
import { demoRoutes } from "./demo-routes.ts";
import { diagnosticRoutes } from "./diagnostic-routes.ts";
import { handleError, refuse } from "./errors.ts";
import { firstScreenRoutes } from "./first-screen-routes.ts";
import { governanceRoutes } from "./governance-routes.ts";
import { type DependencyHealth, healthRoutes, timeRoutes } from "./health-routes.ts";
import { INDICATOR_IMPORT_PATH, indicatorRoutes } from "./indicator-routes.ts";
import { inlineScriptHashes } from "./inline-script-hashes.ts";
import { joinCodeRoutes } from "./join-code-routes.ts";
import { metricsRoutes } from "./metrics-routes.ts";
import { type ParticipationLimits, participationRoutes } from "./participation-routes.ts";
import { planRoutes } from "./plan-routes.ts";
import { publicPageRoutes, publicRoutes } from "./public-page-routes.ts";
import { requestLog } from "./request-log.ts";
import { satisfactionLinkRoutes, satisfactionRoutes } from "./satisfaction-routes.ts";
import { securityHeaders } from "./security-headers.ts";
import { SPACE_ARCHIVE_IMPORT_PATH, spaceArchiveRoutes } from "./space-archive-routes.ts";
import { spaceRoutes } from "./space-routes.ts";
import { staticClient } from "./static-client.ts";
import { territoryServicesRoutes } from "./territory-services-routes.ts";

/** The whole app's routes and answers, as Hono types them: held to the shared contract (api-contract.ts). */
export type AppType = ReturnType<typeof createHttpApp>;

export function createHttpApp(deps: {
  spaces: SpaceService;
  access: AccessService;
  participation: ParticipationService;
  participationLimits: ParticipationLimits;
  accessLimits: AccessLimits;
  plan: PlanService;
  convention: ConventionService;
  governance: GovernanceService;
  bilan: BilanService;
  publicPages: PublicPageService;
  diagnostic: DiagnosticService;
  joinCodes: JoinCodeService;
  firstScreens: FirstScreenService;
  satisfaction: SatisfactionService;
  indicators: IndicatorService;
  territoryServices: TerritoryServicesService;
  writer: DocumentWriter;
  promotion: PromotionService;
  store: Store;
  redisHealth?: () => Promise<DependencyHealth>;
  clientDist: string;
  metrics: Metrics;
  metricsToken: string | undefined;
}) {
  const throttles = accessThrottles(deps.accessLimits);
  const smallBody = limitBody(MAX_BODY_BYTES);
  const api = new Hono()
    // An import file has its limit of its own, checked once the facilitator is known (indicator-routes.ts), and so
    // has a space's archive (space-archive-routes.ts).
    .use((c, next) =>
      INDICATOR_IMPORT_PATH.test(c.req.path) || SPACE_ARCHIVE_IMPORT_PATH.test(c.req.path)
        ? next()
        : smallBody(c, next),
    )
    .route("/health", healthRoutes(deps.store, deps.redisHealth))
    .route("/metrics", metricsRoutes(deps.metrics, deps.metricsToken))
    .route("/time", timeRoutes())
    .route("/spaces", spaceRoutes(deps.spaces, deps.access, throttles))
    .route("/spaces", spaceArchiveRoutes(deps.store, deps.writer, deps.spaces, deps.access, throttles))
    .route("/spaces", spaceAccessRoutes(deps.access, deps.spaces))
    .route("/spaces", joinCodeRoutes(deps.joinCodes, deps.access, deps.spaces))
    .route("/spaces", firstScreenRoutes(deps.firstScreens, deps.access, deps.spaces))
    .route("/spaces", participationRoutes(deps.participation, deps.access, deps.spaces, deps.participationLimits))
    .route("/spaces", planRoutes(deps.plan, deps.promotion, deps.access, deps.spaces, deps.bilan))
    .route("/spaces", conventionRoutes(deps.convention, deps.access, deps.spaces))
    .route("/spaces", governanceRoutes(deps.governance, deps.access, deps.spaces))
    .route("/spaces", bilanRoutes(deps.bilan, deps.satisfaction, deps.access, deps.spaces))
    .route("/spaces", indicatorRoutes(deps.indicators, deps.access, deps.spaces))
    .route("/spaces", territoryServicesRoutes(deps.territoryServices, deps.access, deps.spaces))
    .route("/spaces", diagnosticRoutes(deps.diagnostic, deps.access, deps.spaces))
    .route("/spaces", satisfactionRoutes(deps.satisfaction, deps.access, deps.spaces))
    .route("/satisfaction", satisfactionLinkRoutes(deps.satisfaction, throttles))
    .route("/spaces", publicPageRoutes(deps.publicPages, deps.access, deps.spaces))
    .route("/public", publicRoutes(deps.publicPages, throttles))
    .route("/join", joinRoutes(deps.access, throttles))
    .route("/", demoRoutes(deps, throttles))
    .all("*", (c) => refuse(c, 404, "unknownEndpoint", { method: c.req.method, path: c.req.path }));

  return new Hono()
    .onError(handleError)
    .use(...requestLog(deps.metrics))
    .use(securityHeaders(inlineScriptHashes(deps.clientDist)))
    .use("/api/*", apiCompression, apiNoStore)
    .route("/api", api)
    .route("/", staticClient(deps.clientDist));
}

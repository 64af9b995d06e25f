import { Hono } from "hono";
import type { DocumentWriter } from "../collab/document-writer.ts";
import { createDemoSpace, EXAMPLE_INDICATORS_CSV } from "../demo/demo-space.ts";
import type { GovernanceService } from "../governance/governance-service.ts";
import type { IndicatorService } from "../indicators/indicator-service.ts";
import type { SpaceService } from "../spaces/space-service.ts";
import type { AccessThrottles } from "./access-throttles.ts";

/** The example data set to download, and a demo space built on it (like `POST /api/spaces`, secret included). */
export function demoRoutes(
  spaces: SpaceService,
  indicators: IndicatorService,
  governance: GovernanceService,
  writer: DocumentWriter,
  throttles: AccessThrottles,
) {
  return new Hono()
    .get("/examples/conflent-canigou-2019.csv", (c) =>
      c.body(EXAMPLE_INDICATORS_CSV, 200, {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": 'attachment; filename="indicateurs-conflent-canigou-2019-exemple.csv"',
      }),
    )
    .post("/demo", throttles.spaceCreation, async (c) =>
      c.json(await createDemoSpace(spaces, indicators, governance, writer), 201),
    );
}

import { Hono } from "hono";
import { createDemoSpace, type DemoServices, EXAMPLE_INDICATORS_CSV } from "../demo/demo-space.ts";
import type { AccessThrottles } from "./access-throttles.ts";

/** The example data set to download, and a demo space built on it (like `POST /api/spaces`, secret included). */
export function demoRoutes(services: DemoServices, throttles: AccessThrottles) {
  return new Hono()
    .get("/examples/conflent-canigou-2019.csv", (c) =>
      c.body(EXAMPLE_INDICATORS_CSV, 200, {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": 'attachment; filename="indicateurs-conflent-canigou-2019-exemple.csv"',
      }),
    )
    .post("/demo", throttles.spaceCreation, async (c) => c.json(await createDemoSpace(services), 201));
}

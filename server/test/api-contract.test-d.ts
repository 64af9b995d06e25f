/**
 * Type-level test, run by `tsc -p server` (pnpm typecheck) rather than by Vitest: a route is held to the shared
 * contract (shared/src/api-answers.ts) that the client's calls are typed from, so a route that drops a field fails the
 * type check. Each route below stands for one in the app; `contractHolds` in api-contract.ts checks the real ones.
 */
import type { Meeting } from "@atelier/shared";
import { Hono } from "hono";
import type { Breaches } from "../src/http/api-contract.ts";

type Holds<App> = [Breaches<App, "GET /spaces/:spaceId/meetings">] extends [never] ? true : false;

declare const meeting: Meeting;
const { date: _, ...withoutDate } = meeting;

const faithful = new Hono().route(
  "/api",
  new Hono().get("/spaces/:spaceId/meetings", (c) => c.json([meeting])),
);
export const faithfulHolds: Holds<typeof faithful> = true;

const withoutItsDate = new Hono().route(
  "/api",
  new Hono().get("/spaces/:spaceId/meetings", (c) => c.json([withoutDate])),
);
// @ts-expect-error the meetings' dates are gone from the answer: the client would show "undefined" as a date.
export const droppedFieldHolds: Holds<typeof withoutItsDate> = true;

const withMore = new Hono().route(
  "/api",
  new Hono().get("/spaces/:spaceId/meetings", (c) => c.json([{ ...meeting, secret: "" }])),
);
// @ts-expect-error a field the contract does not name would reach the client unseen by its types.
export const addedFieldHolds: Holds<typeof withMore> = true;

const moved = new Hono().route(
  "/api",
  new Hono().get("/spaces/:spaceId/comites", (c) => c.json([meeting])),
);
// @ts-expect-error the client would still call the old path.
export const movedRouteHolds: Holds<typeof moved> = true;

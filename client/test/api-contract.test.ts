/**
 * The client's calls take their answers' types from the shared contract (shared/src/api-answers.ts), which the
 * server's type check holds every route to (server/src/http/api-contract.ts, server/test/api-contract.test-d.ts):
 * a route that drops a field fails there until the contract drops it, and then every screen reading it fails here.
 * These checks run in `tsc -p client` (pnpm typecheck); Vitest runs the file too, where they cost nothing.
 */
import type { ApiAnswers } from "@atelier/shared";
import { describe, expectTypeOf, it } from "vitest";
import { governanceApi } from "../src/api/governance-api.ts";
import { request } from "../src/api/request.ts";

describe("the client's API calls", () => {
  it("answer what the contract says the route answers", () => {
    expectTypeOf(governanceApi.meetings).returns.resolves.toEqualTypeOf<ApiAnswers["GET /spaces/:spaceId/meetings"]>();
    expectTypeOf(governanceApi.deleteMeeting).returns.resolves.toEqualTypeOf<null>();
  });

  it("need every :name of the route's path", () => {
    // @ts-expect-error the meeting's id is missing.
    expectTypeOf(request).toBeCallableWith("PATCH /spaces/:spaceId/meetings/:meetingId", { spaceId: "s" });
    // @ts-expect-error not a route of the contract.
    expectTypeOf(request).toBeCallableWith("GET /spaces/:spaceId/meeting", { spaceId: "s" });
  });
});

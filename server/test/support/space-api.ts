import type { CreatedSpaceView } from "@atelier/shared";
import type { TestServer } from "./test-server.ts";

/** Requests to one space's routes (`/api/spaces/:id…`), as its facilitator unless another token is given. */
export function spaceApi(server: TestServer, space: CreatedSpaceView) {
  return (method: string, path: string, body?: unknown, token = space.facilitatorSecret) =>
    server.request(method, `/api/spaces/${space.id}${path}`, { token, body });
}

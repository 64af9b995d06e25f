import { request } from "./request.ts";

/** The page "Ce que nous avons retenu": its slug for the space's members, publishing for facilitators. */
export const publicPageApi = {
  status: (spaceId: string, token: string) => request("GET /spaces/:spaceId/public-page", { spaceId }, { token }),
  publish: (spaceId: string, token: string) => request("POST /spaces/:spaceId/public-page", { spaceId }, { token }),
  unpublish: (spaceId: string, token: string) => request("DELETE /spaces/:spaceId/public-page", { spaceId }, { token }),
  /** Anyone with the address reads it, no account needed. */
  read: (slug: string) => request("GET /public/:slug", { slug }),
};

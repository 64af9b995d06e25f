import type { PublicPage } from "@atelier/shared";
import { request, spaceEndpoint } from "./request.ts";

const publicPageEndpoint = (spaceId: string) => `${spaceEndpoint(spaceId)}/public-page`;

/** The page "Ce que nous avons retenu": its slug for the space's members, publishing for facilitators. */
export const publicPageApi = {
  status: (spaceId: string, token: string) =>
    request<{ slug: string | null }>("GET", publicPageEndpoint(spaceId), { token }),
  publish: (spaceId: string, token: string) =>
    request<{ slug: string }>("POST", publicPageEndpoint(spaceId), { token }),
  unpublish: (spaceId: string, token: string) => request<void>("DELETE", publicPageEndpoint(spaceId), { token }),
  /** Anyone with the address reads it, no account needed. */
  read: (slug: string) => request<PublicPage>("GET", `/public/${encodeURIComponent(slug)}`),
};

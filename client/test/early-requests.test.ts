/**
 * index.html's inline script (client/build/page-preloads.ts) sends the join, participation and board pages' first
 * requests before their code comes, keyed as below; the page's own identical request takes the answer instead of
 * sending again, in the page's first seconds only.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { EARLY_REQUESTS } from "../src/api/early-requests.ts";
import { request } from "../src/api/request.ts";

const preview = { role: "habitant", spaceName: "CdC Conflent-Canigou", label: "Réunion", boards: [] };
const answer = (body: unknown) => Promise.resolve(new Response(JSON.stringify(body), { status: 200 }));
/** As the inline script writes it. */
const key = (method: string, path: string, token: string | null, body: string | null) =>
  JSON.stringify([method, path, token, body]);

describe("a request the inline script already sent", () => {
  const fetch = vi.fn(() => answer("sent again"));
  beforeEach(() => {
    vi.stubGlobal("fetch", fetch);
    // performance.now(): milliseconds since the page was opened.
    vi.stubGlobal("performance", { now: () => 2_000 });
    vi.stubGlobal("window", {
      [EARLY_REQUESTS]: {
        [key("POST", "/join/preview", null, JSON.stringify({ token: "abc" }))]: answer(preview),
        [key("GET", "/spaces/s1/me", "tok", null)]: answer({ role: "habitant" }),
      },
    });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    fetch.mockClear();
  });

  it("is taken by the page's identical request, once", async () => {
    expect(await request("POST /join/preview", {}, { body: { token: "abc" } })).toEqual(preview);
    expect(fetch).not.toHaveBeenCalled();
    expect(await request("POST /join/preview", {}, { body: { token: "abc" } })).toBe("sent again");
    expect(fetch).toHaveBeenCalledOnce();
  });

  it("is left to another token's request, which is sent", async () => {
    expect(await request("GET /spaces/:spaceId/me", { spaceId: "s1" }, { token: "other" })).toBe("sent again");
    expect(await request("GET /spaces/:spaceId/me", { spaceId: "s1" }, { token: "tok" })).toEqual({ role: "habitant" });
    expect(fetch).toHaveBeenCalledOnce();
  });

  it("is dropped once the page has been open a while: a late identical request is sent anew", async () => {
    vi.stubGlobal("performance", { now: () => 60_000 });
    expect(await request("POST /join/preview", {}, { body: { token: "abc" } })).toBe("sent again");
    expect(fetch).toHaveBeenCalledOnce();
    expect(window[EARLY_REQUESTS]).toBeUndefined();
  });
});

import { parseDocumentName } from "@atelier/shared";
import { describe, expect, it } from "vitest";
import { errorOf } from "./support/http-json.ts";
import { useTestServer } from "./support/use-test-server.ts";

const server = useTestServer();

describe("health", () => {
  it("reports the store", async () => {
    const response = await server.request("GET", "/api/health");
    expect(response.status).toBe(200);
    const kind = process.env.ATELIER_TEST_DATABASE_URL ? "postgres" : "sqlite";
    expect(await response.json()).toEqual({ status: "ok", store: { kind, ok: true } });
  });
});

describe("security headers", () => {
  it("tells the browser to load nothing from elsewhere and to send no referrer", async () => {
    const response = await server.request("GET", "/api/health");
    expect(response.headers.get("content-security-policy")).toMatch(/default-src 'self'.*connect-src 'self'/);
    expect(response.headers.get("referrer-policy")).toBe("no-referrer");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });
});

describe("caching", () => {
  it("keeps the API's answers out of the browser's cache, unless a route says otherwise", async () => {
    const space = await server.createSpace();
    const me = await server.request("GET", `/api/spaces/${space.id}/me`, { token: space.facilitatorSecret });
    expect(me.status).toBe(200);
    expect(me.headers.get("cache-control")).toBe("no-store");
    const refused = await server.request("GET", `/api/spaces/${space.id}/me`, { token: "pas-le-bon" });
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect(refused.headers.get("cache-control")).toBe("no-store");

    const published = await server.request("POST", `/api/spaces/${space.id}/public-page`, {
      token: space.facilitatorSecret,
    });
    const { slug } = (await published.json()) as { slug: string };
    const page = await server.request("GET", `/api/public/${encodeURIComponent(slug)}`);
    expect(page.status).toBe(200);
    expect(page.headers.get("cache-control")).toBe("public, max-age=300");
  });
});

describe("spaces", () => {
  it("creates a space with the five default boards and a plan", async () => {
    const space = await server.createSpace();
    expect(space.name).toBe("CdC Conflent-Canigou");
    expect(space.period).toEqual({ start: 2021, end: 2025 });
    expect(space.facilitatorSecret.length).toBeGreaterThanOrEqual(32);
    expect(space.boards.map((b) => b.theme)).toEqual([
      "Petite enfance",
      "Enfance-Jeunesse",
      "Parentalité",
      "Accès aux droits / Jeunes adultes",
      "Animation de la vie sociale / Logement",
    ]);
    for (const board of space.boards) {
      expect(parseDocumentName(board.documentName)).toEqual({ kind: "board", spaceId: space.id, boardId: board.id });
    }
    expect(parseDocumentName(space.plan.documentName)).toEqual({ kind: "plan", spaceId: space.id });
  });

  it("returns a space without its secret", async () => {
    const { facilitatorSecret, ...created } = await server.createSpace("Ville de Prades");
    const response = await server.request("GET", `/api/spaces/${created.id}`);
    expect(response.status).toBe(200);
    const fetched = await response.json();
    expect(fetched).toEqual(created);
    expect(JSON.stringify(fetched)).not.toContain(facilitatorSecret);
  });

  it("answers 404 with a message for an unknown space", async () => {
    expect(await errorOf(await server.request("GET", "/api/spaces/inconnu"), 404)).toBe("Espace CTG introuvable.");
  });

  it("answers 400 with a message for malformed or invalid bodies, and creates nothing", async () => {
    expect(await errorOf(await server.request("POST", "/api/spaces", { rawBody: "{ pas du json" }), 400)).toBe(
      "Le corps de la requête n'est pas du JSON valide.",
    );
    expect(
      await errorOf(
        await server.request("POST", "/api/spaces", { body: { name: "", period: { start: 2025, end: 2021 } } }),
        400,
      ),
    ).toBe("name : Le nom du territoire est obligatoire. ; period : La fin de la période doit suivre son début.");
    expect(await errorOf(await server.request("POST", "/api/spaces", { body: [1, 2] }), 400)).toMatch(
      /objet \{ name, period \}/,
    );
    expect(
      await errorOf(
        await server.request("POST", "/api/spaces", {
          body: { name: "X", period: { start: 2021, end: 2025 }, admin: true },
        }),
        400,
      ),
    ).toBe("Champ inconnu : admin.");
  });

  it("refuses an oversized body with 413", async () => {
    const rawBody = JSON.stringify({ name: "x".repeat(300_000), period: { start: 2021, end: 2025 } });
    expect(await errorOf(await server.request("POST", "/api/spaces", { rawBody }), 413)).toMatch(/trop volumineux/);
  });

  it("answers unknown API paths with JSON", async () => {
    expect(await errorOf(await server.request("GET", "/api/nope"), 404)).toMatch(/Point d'accès inconnu/);
  });
});

describe("themes of a space", () => {
  it("lets the facilitator add, rename and archive a theme", async () => {
    const space = await server.createSpace();
    const token = space.facilitatorSecret;
    const added = await server.request("POST", `/api/spaces/${space.id}/boards`, {
      token,
      body: { theme: "Inclusion numérique" },
    });
    expect(added.status).toBe(201);
    const board = (await added.json()) as { id: string };

    const renamed = await server.request("PATCH", `/api/spaces/${space.id}/boards/${board.id}`, {
      token,
      body: { theme: "Inclusion numérique et accès aux droits" },
    });
    expect(await renamed.json()).toMatchObject({ theme: "Inclusion numérique et accès aux droits", archived: false });

    const archived = await server.request("PATCH", `/api/spaces/${space.id}/boards/${space.boards[0]?.id}`, {
      token,
      body: { archived: true },
    });
    expect(await archived.json()).toMatchObject({ theme: "Petite enfance", archived: true });

    const fetched = (await (await server.request("GET", `/api/spaces/${space.id}`)).json()) as {
      boards: { theme: string; archived: boolean }[];
    };
    expect(fetched.boards.map((b) => [b.theme, b.archived])).toEqual([
      ["Petite enfance", true],
      ["Enfance-Jeunesse", false],
      ["Parentalité", false],
      ["Accès aux droits / Jeunes adultes", false],
      ["Animation de la vie sociale / Logement", false],
      ["Inclusion numérique et accès aux droits", false],
    ]);
  });

  it("refuses theme changes without the space's facilitator secret", async () => {
    const space = await server.createSpace();
    const other = await server.createSpace("Autre territoire");
    const path = `/api/spaces/${space.id}/boards`;
    expect(await errorOf(await server.request("POST", path, { body: { theme: "Handicap" } }), 401)).toMatch(/Bearer/);
    expect(
      await errorOf(
        await server.request("POST", path, { token: other.facilitatorSecret, body: { theme: "Handicap" } }),
        401,
      ),
    ).toMatch(/invalide/);
    expect(
      await errorOf(
        await server.request("POST", "/api/spaces/inconnu/boards", { token: "x", body: { theme: "H" } }),
        404,
      ),
    ).toBe("Espace CTG introuvable.");
    const token = space.facilitatorSecret;
    expect(
      await errorOf(await server.request("PATCH", `${path}/inconnu`, { token, body: { archived: true } }), 404),
    ).toMatch(/Tableau introuvable/);
    expect(
      await errorOf(await server.request("PATCH", `${path}/${space.boards[1]?.id}`, { token, body: {} }), 400),
    ).toMatch(/Rien à modifier/);
    const fetched = (await (await server.request("GET", `/api/spaces/${space.id}`)).json()) as { boards: unknown[] };
    expect(fetched.boards).toHaveLength(5);
  });
});

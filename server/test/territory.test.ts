import type { CreatedSpaceView, Party, SpaceView, Territory } from "@atelier/shared";
import { describe, expect, it } from "vitest";
import { openTestStore } from "./support/storage.ts";
import { freshDataDir, startTestServer, type TestServer } from "./support/test-server.ts";
import { useTestServer } from "./support/use-test-server.ts";

const server = useTestServer();

const CONFLENT: Territory = {
  epci: { siren: "200049187", name: "Communauté de communes Conflent-Canigou", population: 20391 },
  communes: [
    { insee: "66149", name: "Prades", population: 6000 },
    { insee: "66223", name: "Vernet-les-Bains" },
  ],
};

const PARTIES: Party[] = [
  { kind: "caf", name: "Caf des Pyrénées-Orientales", signedOn: "2021-12-15" },
  { kind: "epci", name: "Communauté de communes Conflent-Canigou", representative: { name: "Claire Dupont" } },
  { kind: "etat", name: "Préfecture des Pyrénées-Orientales", representative: { name: "R. Martin", title: "Préfet" } },
];

function patch(on: TestServer, space: CreatedSpaceView, body: unknown, token = space.facilitatorSecret) {
  return on.request("PATCH", `/api/spaces/${space.id}`, { token, body });
}

/** The space as someone who may read the plan sees it (the signatories included); anyone else with `token` unset. */
async function fetched(on: TestServer, spaceId: string, token?: string): Promise<SpaceView> {
  const response = await on.request("GET", `/api/spaces/${spaceId}`, { token });
  expect(response.status).toBe(200);
  return (await response.json()) as SpaceView;
}

async function refusal(response: Response, status: number): Promise<string> {
  expect(response.status).toBe(status);
  return ((await response.json()) as { error: string }).error;
}

describe("PATCH /api/spaces/:id: the territory and the parties", () => {
  it("starts empty, then keeps what the facilitator sets and GET returns it", async () => {
    const space = await server.createSpace();
    expect(space.territory).toEqual({ epci: null, communes: [] });
    expect(space.parties).toEqual([]);

    const response = await patch(server, space, { territory: CONFLENT, parties: PARTIES });
    expect(response.status).toBe(200);
    const { facilitatorSecret: _, ...view } = space;
    const expected = { ...view, territory: CONFLENT, parties: PARTIES };
    expect(await response.json()).toEqual(expected);
    expect(await fetched(server, space.id, space.facilitatorSecret)).toEqual(expected);
  });

  it("leaves what the request leaves out, and removes the EPCI on null", async () => {
    const space = await server.createSpace();
    expect((await patch(server, space, { territory: CONFLENT, parties: PARTIES })).status).toBe(200);

    const renamed = await patch(server, space, { name: "CTG Conflent-Canigou 2021-2025" });
    expect(await renamed.json()).toMatchObject({ name: "CTG Conflent-Canigou 2021-2025", territory: CONFLENT });
    expect((await patch(server, space, { territory: { epci: null } })).status).toBe(200);
    expect(await fetched(server, space.id, space.facilitatorSecret)).toMatchObject({
      name: "CTG Conflent-Canigou 2021-2025",
      territory: { epci: null, communes: CONFLENT.communes },
      parties: PARTIES,
    });
    expect((await patch(server, space, { territory: { communes: [] }, parties: [] })).status).toBe(200);
    expect(await fetched(server, space.id, space.facilitatorSecret)).toMatchObject({
      territory: { epci: null, communes: [] },
      parties: [],
    });
  });

  it("refuses a bad SIREN or INSEE code, naming it and where it is, and changes nothing", async () => {
    const space = await server.createSpace();
    expect(
      await refusal(await patch(server, space, { territory: { epci: { siren: "12345678", name: "CdC" } } }), 400),
    ).toBe("territory.epci.siren : « 12345678 » n'est pas un SIREN : il faut 9 chiffres.");
    expect(
      await refusal(
        await patch(server, space, {
          territory: {
            communes: [
              { insee: "66149", name: "Prades" },
              { insee: "66223", name: "Vernet-les-Bains" },
              { insee: "1234", name: "Codalet" },
            ],
          },
        }),
        400,
      ),
    ).toMatch(/^territory\.communes\[2\]\.insee : « 1234 » n'est pas un code INSEE de commune/);
    expect(
      await refusal(
        await patch(server, space, { territory: { communes: [{ insee: "ABCDE", name: "Ria-Sirach" }] } }),
        400,
      ),
    ).toMatch(/^territory\.communes\[0\]\.insee : « ABCDE »/);
    expect(await fetched(server, space.id)).toMatchObject({ territory: { epci: null, communes: [] } });
  });

  it("refuses a commune listed twice, and bad parties", async () => {
    const space = await server.createSpace();
    const twice = { territory: { communes: [...CONFLENT.communes, { insee: "66149", name: "Prades" }] } };
    expect(await refusal(await patch(server, space, twice), 400)).toBe(
      "territory.communes[2].insee : Le code INSEE 66149 figure déjà plus haut dans la liste.",
    );
    expect(
      await refusal(
        await patch(server, space, { parties: [{ kind: "caf", name: "Caf", signedOn: "15/12/2021" }] }),
        400,
      ),
    ).toBe("parties[0].signedOn : La date de signature doit être une date réelle au format AAAA-MM-JJ.");
    expect(await refusal(await patch(server, space, {}), 400)).toBe(
      "Rien à modifier : donnez name, period, territory ou parties.",
    );
  });

  it("is for facilitators only: 401 without a token, 403 for a partner, 404 for an unknown space", async () => {
    const space = await server.createSpace();
    const partner = await server.join(space, "partner", "Inès (PMI)");
    const body = { territory: CONFLENT };
    expect(await refusal(await patch(server, space, body, partner.participantToken), 403)).toBe(
      "Seul un animateur de cet espace peut faire cela.",
    );
    expect((await server.request("PATCH", `/api/spaces/${space.id}`, { body })).status).toBe(401);
    const other = await server.createSpace("Ville de Prades");
    expect((await patch(server, other, body, space.facilitatorSecret)).status).toBe(401);
    expect(
      await refusal(
        await server.request("PATCH", "/api/spaces/inconnu", { token: space.facilitatorSecret, body }),
        404,
      ),
    ).toBe("Espace CTG introuvable.");
    expect(await fetched(server, space.id)).toMatchObject({ territory: { epci: null, communes: [] } });
  });

  it("shows the signatories to those who may read the plan only, the territory to anyone with the space's id", async () => {
    const space = await server.createSpace();
    expect((await patch(server, space, { territory: CONFLENT, parties: PARTIES })).status).toBe(200);
    const habitant = await server.join(space, "habitant", "Lou");
    const partner = await server.join(space, "partner", "Samia");
    for (const token of [undefined, habitant.participantToken, "pas-un-jeton"]) {
      expect(await fetched(server, space.id, token)).toMatchObject({ territory: CONFLENT, parties: [] });
    }
    expect(await fetched(server, space.id, partner.participantToken)).toMatchObject({ parties: PARTIES });
  });

  it("gives the demo space the EPCI of Conflent-Canigou and its two first parties", async () => {
    const response = await server.request("POST", "/api/demo");
    expect(response.status).toBe(201);
    const demo = (await response.json()) as CreatedSpaceView;
    const expected = {
      territory: {
        epci: { siren: "200049187", name: "Communauté de communes Conflent-Canigou", population: 20391 },
        communes: [],
      },
      parties: [
        { kind: "caf", name: "Caf des Pyrénées-Orientales" },
        { kind: "epci", name: "Communauté de communes Conflent-Canigou" },
      ],
    };
    expect(demo).toMatchObject(expected);
    expect(await fetched(server, demo.id, demo.facilitatorSecret)).toMatchObject(expected);
  });
});

describe("the period of a convention", () => {
  const create = (end: number) =>
    server.request("POST", "/api/spaces", { body: { name: "CdC Conflent-Canigou", period: { start: 2021, end } } });

  it("is five years at most for a new space", async () => {
    expect((await create(2025)).status).toBe(201);
    expect(await refusal(await create(2026), 400)).toBe(
      "period : Une convention dure au plus 5 ans : commencée en 2021, elle s'achève au plus tard en 2025.",
    );
  });

  it("still loads a space stored with a longer period, from before that rule", async () => {
    const dataDir = freshDataDir();
    const store = await openTestStore(dataDir);
    await store.spaces.create(
      {
        id: "ancienne-ctg",
        name: "CdC du Haut-Vallespir",
        periodStart: 2019,
        periodEnd: 2026,
        territory: { epci: null, communes: [] },
        parties: [],
        facilitatorSecretHash: "sans objet",
        createdAt: Date.now(),
      },
      [],
    );
    await store.close();
    const restarted = await startTestServer(dataDir);
    try {
      expect(await fetched(restarted, "ancienne-ctg")).toMatchObject({ period: { start: 2019, end: 2026 } });
    } finally {
      await restarted.close();
    }
  });
});

describe("persistence", () => {
  it("keeps the territory and the parties across a restart", async () => {
    const dataDir = freshDataDir();
    const first = await startTestServer(dataDir);
    const space = await first.createSpace();
    expect((await patch(first, space, { territory: CONFLENT, parties: PARTIES })).status).toBe(200);
    await first.close();

    const second = await startTestServer(dataDir);
    try {
      expect(await fetched(second, space.id, space.facilitatorSecret)).toMatchObject({
        territory: CONFLENT,
        parties: PARTIES,
      });
    } finally {
      await second.close();
    }
  });
});

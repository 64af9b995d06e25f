import {
  addCard,
  type CreatedSpaceView,
  cardById,
  citeOnCard,
  MAX_SERVICES_PER_SPACE,
  serviceCitationOf,
  type TerritoryService,
} from "@atelier/shared";
import { describe, expect, it } from "vitest";
import { type CollabClient, waitFor } from "./support/collab-client.ts";
import { errorOf, json } from "./support/http-json.ts";
import { useCollabClients } from "./support/use-collab-clients.ts";
import { useTestServer } from "./support/use-test-server.ts";

const server = useTestServer();
const connect = useCollabClients(server);

const send = (method: string, path: string, token: string | undefined, body?: unknown) =>
  server.request(method, path, { token, body });

const servicesPath = (space: CreatedSpaceView, id?: string) => `/api/spaces/${space.id}/services${id ? `/${id}` : ""}`;

/** A space whose territory is the EPCI and two of its communes, as set on the space page. */
async function spaceWithTerritory(): Promise<CreatedSpaceView> {
  const space = await server.createSpace();
  const territory = {
    epci: { siren: "200049187", name: "CdC Conflent-Canigou" },
    communes: [
      { insee: "66149", name: "Prades" },
      { insee: "66223", name: "Vinça" },
    ],
  };
  await json(await send("PATCH", `/api/spaces/${space.id}`, space.facilitatorSecret, { territory }), 200);
  return space;
}

const addService = async (space: CreatedSpaceView, body: Record<string, unknown>) =>
  json<TerritoryService>(await send("POST", servicesPath(space), space.facilitatorSecret, body), 201);

describe("the services of the territory", () => {
  it("are recorded, edited and deleted by the facilitator, each in a commune or for the whole EPCI", async () => {
    const space = await spaceWithTerritory();
    const creche = await addService(space, {
      kind: "eaje",
      name: "Crèche Les Lutins",
      communeInsee: "66149",
      capacity: 24,
      manager: "CdC Conflent-Canigou",
      cafFunded: true,
    });
    expect(creche).toMatchObject({
      kind: "eaje",
      name: "Crèche Les Lutins",
      communeInsee: "66149",
      communeName: "Prades",
      capacity: 24,
      manager: "CdC Conflent-Canigou",
      cafFunded: true,
      note: "",
      themeHint: "Petite enfance",
    });
    const relais = await addService(space, { kind: "relais-petite-enfance", name: "Relais intercommunal" });
    expect(relais).toMatchObject({ communeInsee: null, communeName: null, capacity: null, cafFunded: false });

    const moved = await json<TerritoryService>(
      await send("PATCH", servicesPath(space, creche.id), space.facilitatorSecret, {
        communeInsee: "66223",
        capacity: 30,
        kind: "micro-creche",
      }),
      200,
    );
    expect(moved).toMatchObject({
      communeName: "Vinça",
      capacity: 30,
      kind: "micro-creche",
      manager: "CdC Conflent-Canigou",
    });
    const listed = await json<TerritoryService[]>(await send("GET", servicesPath(space), space.facilitatorSecret), 200);
    expect(listed.map((service) => [service.name, service.communeName, service.capacity])).toEqual([
      ["Crèche Les Lutins", "Vinça", 30],
      ["Relais intercommunal", null, null],
    ]);

    expect((await send("DELETE", servicesPath(space, relais.id), space.facilitatorSecret)).status).toBe(204);
    expect(await errorOf(await send("DELETE", servicesPath(space, relais.id), space.facilitatorSecret), 404)).toBe(
      "Service introuvable dans cet espace.",
    );
    expect((await send("PATCH", servicesPath(space, relais.id), space.facilitatorSecret, { capacity: 1 })).status).toBe(
      404,
    );
    expect(
      await json<TerritoryService[]>(await send("GET", servicesPath(space), space.facilitatorSecret), 200),
    ).toHaveLength(1);
  });

  it("are read by partners and observers, changed by facilitators only, hidden from habitants", async () => {
    const space = await spaceWithTerritory();
    await addService(space, { kind: "laep", name: "LAEP Les Petits Pas", communeInsee: "66149" });
    const partner = await server.join(space, "partner", "Samia (Caf)");
    const observer = await server.join(space, "observer", "Élu de Vinça");
    const habitant = await server.join(space, "habitant", "Léa");
    for (const reader of [partner, observer]) {
      const listed = await json<TerritoryService[]>(
        await send("GET", servicesPath(space), reader.participantToken),
        200,
      );
      expect(listed.map((service) => service.name)).toEqual(["LAEP Les Petits Pas"]);
    }
    expect((await send("GET", servicesPath(space), habitant.participantToken)).status).toBe(403);
    expect((await send("GET", servicesPath(space), undefined)).status).toBe(401);
    const [service] = await json<TerritoryService[]>(
      await send("GET", servicesPath(space), partner.participantToken),
      200,
    );
    const writes: [string, string, unknown][] = [
      ["POST", servicesPath(space), { kind: "alsh", name: "Accueil de loisirs" }],
      ["PATCH", servicesPath(space, service?.id), { capacity: 12 }],
      ["DELETE", servicesPath(space, service?.id), undefined],
    ];
    for (const [method, path, body] of writes) {
      expect((await send(method, path, partner.participantToken, body)).status, method).toBe(403);
      expect((await send(method, path, observer.participantToken, body)).status, method).toBe(403);
    }
    expect((await send("GET", "/api/spaces/inconnu/services", space.facilitatorSecret)).status).toBe(404);
  });

  it("refuses a malformed INSEE code, a commune outside the territory and bad fields, naming the field", async () => {
    const space = await spaceWithTerritory();
    const post = (body: unknown) => send("POST", servicesPath(space), space.facilitatorSecret, body);
    expect(await errorOf(await post({ kind: "eaje", name: "Crèche", communeInsee: "6614" }), 400)).toMatch(
      /^communeInsee : « 6614 » n'est pas un code INSEE de commune/,
    );
    expect(await errorOf(await post({ kind: "eaje", name: "Crèche", communeInsee: "66001" }), 400)).toMatch(
      /^communeInsee : la commune 66001 ne fait pas partie du territoire de l'espace/,
    );
    expect(await errorOf(await post({ kind: "creche", name: "Crèche", capacity: -1 }), 400)).toMatch(
      /^kind : Le type de service doit être l'un de : eaje, .* ; capacity : La capacité ne peut pas être négative\.$/,
    );
    const creche = await addService(space, { kind: "eaje", name: "Crèche", communeInsee: "66149" });
    const patch = (body: unknown) => send("PATCH", servicesPath(space, creche.id), space.facilitatorSecret, body);
    expect(await errorOf(await patch({ communeInsee: "66001" }), 400)).toMatch(/^communeInsee : la commune 66001/);
    expect(await errorOf(await patch({}), 400)).toMatch(/^Rien à modifier/);
    expect(await errorOf(await patch({ name: "" }), 400)).toBe("name : Le nom du service est obligatoire.");
    // A commune taken out of the territory since stays the service's own: the whole service sent again is kept.
    const territory = { communes: [{ insee: "66223", name: "Vinça" }] };
    await json(await send("PATCH", `/api/spaces/${space.id}`, space.facilitatorSecret, { territory }), 200);
    expect(await json<TerritoryService>(await patch({ communeInsee: "66149", capacity: 12 }), 200)).toMatchObject({
      communeName: "Prades",
      capacity: 12,
    });
    // Nothing refused was stored.
    expect(
      await json<TerritoryService[]>(await send("GET", servicesPath(space), space.facilitatorSecret), 200),
    ).toMatchObject([{ name: "Crèche", communeInsee: "66149", capacity: 12 }]);
  });

  it(`keeps at most ${MAX_SERVICES_PER_SPACE} services in a space`, async () => {
    const space = await spaceWithTerritory();
    for (let start = 0; start < MAX_SERVICES_PER_SPACE; start += 50) {
      await Promise.all(
        Array.from({ length: 50 }, (_, index) =>
          addService(space, { kind: "autre", name: `Service ${start + index}` }),
        ),
      );
    }
    expect(
      await errorOf(
        await send("POST", servicesPath(space), space.facilitatorSecret, { kind: "mam", name: "Une de trop" }),
        409,
      ),
    ).toMatch(/au plus 500 services/);
    const listed = await json<TerritoryService[]>(await send("GET", servicesPath(space), space.facilitatorSecret), 200);
    expect(listed).toHaveLength(MAX_SERVICES_PER_SPACE);
  });
});

describe("the demo space's services", () => {
  it("are those the Caf financed in 2019, for the whole EPCI, each under its theme", async () => {
    const demo = await json<CreatedSpaceView>(await server.request("POST", "/api/demo"), 201);
    const listed = await json<TerritoryService[]>(await send("GET", servicesPath(demo), demo.facilitatorSecret), 200);
    expect(listed.map((service) => [service.kind, service.themeHint])).toEqual([
      ["eaje", "Petite enfance"],
      ["eaje", "Petite enfance"],
      ["relais-petite-enfance", "Petite enfance"],
      ["alsh", "Enfance-Jeunesse"],
      ["clas", "Parentalité"],
      ["evs", "Animation de la vie sociale / Logement"],
    ]);
    expect(listed.every((service) => service.cafFunded && service.communeInsee === null)).toBe(true);
  });
});

describe("a card citing a service", () => {
  const board = (space: CreatedSpaceView, token: string) => connect(space.boards[0]?.documentName as string, token);

  const settled = (client: CollabClient) =>
    waitFor(
      () => client.provider.unsyncedChanges === 0 || client.closeReasons.length > 0,
      (done) => done,
    );

  it("is accepted as the service stands, refused when forged, refreshed when edited and removed when deleted", async () => {
    const space = await spaceWithTerritory();
    const creche = await addService(space, {
      kind: "eaje",
      name: "Crèche Les Lutins",
      communeInsee: "66149",
      capacity: 24,
    });
    const partner = await server.join(space, "partner", "Samia (Caf)");
    const samia = await board(space, partner.participantToken);
    const card = {
      kind: "ressource" as const,
      authorId: partner.participantId,
      authorName: "Samia (Caf)",
      authorRole: "partner" as const,
    };
    addCard(samia.doc, "cited", { ...card, title: "Une crèche à Prades" }, 1);
    citeOnCard(samia.doc, "cited", serviceCitationOf(creche), 2);
    await settled(samia);
    expect(samia.closeReasons).toEqual([]);

    // Another browser reads the citation as the server kept it.
    const facilitator = await board(space, space.facilitatorSecret);
    expect(cardById(facilitator.doc, "cited")?.citation).toEqual({
      serviceId: creche.id,
      name: "Crèche Les Lutins",
      kind: "eaje",
      communeInsee: "66149",
      communeName: "Prades",
      capacity: 24,
    });

    // Forged: more places than the service has. The server refuses it, for facilitators too.
    addCard(samia.doc, "forged", { ...card, title: "Une grande crèche" }, 3);
    citeOnCard(samia.doc, "forged", { ...serviceCitationOf(creche), capacity: 60 }, 4);
    await settled(samia);
    expect(samia.closeReasons.join(" ")).toMatch(/Service cité inconnu : « Crèche Les Lutins »/);
    citeOnCard(facilitator.doc, "cited", { ...serviceCitationOf(creche), serviceId: "ailleurs" }, 5);
    await settled(facilitator);
    expect(facilitator.closeReasons.join(" ")).toMatch(/Service cité inconnu/);

    const watcher = await board(space, space.facilitatorSecret);
    expect(cardById(watcher.doc, "forged")?.citation).toBeUndefined();
    await json(await send("PATCH", servicesPath(space, creche.id), space.facilitatorSecret, { capacity: 30 }), 200);
    await waitFor(
      () => cardById(watcher.doc, "cited")?.citation,
      (citation) => citation !== undefined && "capacity" in citation && citation.capacity === 30,
    );
    expect((await send("DELETE", servicesPath(space, creche.id), space.facilitatorSecret)).status).toBe(204);
    await waitFor(
      () => cardById(watcher.doc, "cited")?.citation,
      (citation) => citation === undefined,
    );
    expect(cardById(watcher.doc, "cited")?.title).toBe("Une crèche à Prades");
  });
});

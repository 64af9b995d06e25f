import {
  type CreatedSpaceView,
  type Fiche,
  type FicheChange,
  listFiches,
  type PlanComparison,
  type PublicPage,
  type TerritoryService,
  type YearBilan,
} from "@atelier/shared";
import { describe, expect, it } from "vitest";
import { connectClient } from "./support/collab-client.ts";
import { json } from "./support/http-json.ts";
import { spaceApi } from "./support/space-api.ts";
import { useTestServer } from "./support/use-test-server.ts";

/** What a Caf adviser reviewing the demo space checks: its plan, money, statuses and public page agree. */
const server = useTestServer();

const CRECHE = "Une crèche à vocation d'insertion professionnelle à Prades";
const SUMMER = "Un accueil de loisirs itinérant l'été";
const EVS = "Un espace de vie sociale dans le haut Conflent";
const COORDINATION = "Coordonner la CTG : 2,5 ETP de chargés de coopération";
const CDC = "Communauté de communes Conflent-Canigou";

async function demoSpace(): Promise<CreatedSpaceView> {
  return json<CreatedSpaceView>(await server.request("POST", "/api/demo"), 201);
}

/** The demo's plan as it stands now, each fiche by its title. */
async function currentFiches(demo: CreatedSpaceView): Promise<Map<string, Fiche>> {
  const client = await connectClient(server.wsUrl, demo.plan.documentName, demo.facilitatorSecret);
  const fiches = listFiches(client.doc);
  client.provider.destroy();
  return new Map(fiches.map((fiche) => [fiche.title, fiche]));
}

describe("the demo space, as a Caf adviser reviews it", () => {
  it("gives each fiche indicators of réalisation or résultat, measured in 2022 where the bilan says it ran", async () => {
    const demo = await demoSpace();
    const fiches = await currentFiches(demo);
    expect([...fiches.keys()]).toEqual([CRECHE, SUMMER, EVS, COORDINATION]);
    for (const fiche of fiches.values()) {
      expect(fiche.indicators.length).toBeGreaterThanOrEqual(1);
      expect(fiche.indicators.length).toBeLessThanOrEqual(2);
      for (const indicator of fiche.indicators) {
        expect(["realisation", "resultat"]).toContain(indicator.kind);
        expect(indicator.unit).not.toBe("");
        expect(indicator.target).toEqual(expect.any(Number));
        // The presentation of 9 June 2021 gives no indicator: each says it is illustrative.
        expect(indicator.label).toMatch(/illustratif/);
      }
    }
    // The plan keeps a fiche's indicators by id: read them by label.
    const measured = (title: string) =>
      Object.fromEntries(
        (fiches.get(title)?.indicators ?? []).map((indicator) => [indicator.label, indicator.values["2022"] ?? null]),
      );
    // The bilan 2022: the summer accueil and the coordination ran; the crèche opens in 2023, the EVS was postponed.
    expect(measured(SUMMER)).toEqual({
      "Villages desservis dans l'été (illustratif)": 4,
      "Semaines d'accueil dans les villages (illustratif)": 8,
    });
    expect(measured(COORDINATION)).toEqual({
      "Réunions des groupes thématiques (illustratif)": 10,
      "Fiches au bilan validé en COPIL (illustratif)": 4,
    });
    expect(Object.values(measured(CRECHE))).toEqual([null, null]);
    expect(Object.values(measured(EVS))).toEqual([null, null]);
    const bilan = await json<YearBilan>(await spaceApi(server, demo)("GET", "/bilan/2022"));
    const read = bilan.axes.flatMap((axis) => axis.fiches).flatMap((fiche) => fiche.indicators);
    expect(read.filter((indicator) => indicator.value !== null)).toHaveLength(4);
    // The signed version already held them (the COPIL of 30 November 2021 validated the evaluation method).
    const compared = await json<PlanComparison>(
      await spaceApi(server, demo)("GET", "/plan/versions/signed/compare/current"),
    );
    expect(compared.changed.flatMap((change) => change.fields.map((field) => field.field))).not.toContain("indicators");
  });

  it("names the commune of every commune's budget line", async () => {
    const demo = await demoSpace();
    const lines = [...(await currentFiches(demo)).values()].flatMap((fiche) =>
      fiche.budget.map((line) => ({ fiche: fiche.title, ...line })),
    );
    const communes = lines.filter((line) => line.financer.kind === "commune");
    expect(communes.reduce((sum, line) => sum + line.amount, 0)).toBe(59_000);
    expect(communes.every((line) => line.financer.label !== "")).toBe(true);
    expect(new Set(communes.filter((line) => line.fiche === SUMMER).map((line) => line.financer.label))).toEqual(
      new Set(["Prades"]),
    );
  });

  it("counts in whole euros, as documents for signature should", async () => {
    const demo = await demoSpace();
    const lines = [...(await currentFiches(demo)).values()].flatMap((fiche) => fiche.budget);
    // No amount a signatory would read as a typo: neither in the plan nor in the bilan's spending.
    expect(lines.filter((line) => !Number.isInteger(line.amount))).toEqual([]);
    const bilan = await json<YearBilan>(await spaceApi(server, demo)("GET", "/bilan/2022"));
    const spent = bilan.axes.flatMap((axis) => axis.fiches).flatMap((fiche) => fiche.entry?.spent ?? []);
    expect(spent).toHaveLength(2);
    expect(spent.every(Number.isInteger)).toBe(true);
  });

  it("gives each fiche the status its calendar has: all validated when frozen, as the end of 2022 has them now", async () => {
    const demo = await demoSpace();
    const fiches = await currentFiches(demo);
    expect(Object.fromEntries([...fiches].map(([title, fiche]) => [title, fiche.status]))).toEqual({
      [CRECHE]: "validee",
      [SUMMER]: "en-cours",
      [EVS]: "validee",
      [COORDINATION]: "en-cours",
    });
    // Where the demo's story stops (the December 2022 COPIL), a fiche under way has started, one decided has not.
    for (const fiche of fiches.values()) {
      const started = (fiche.startDate ?? "") <= "2022-12-31";
      expect([fiche.title, started]).toEqual([fiche.title, fiche.status === "en-cours"]);
    }
    // The version frozen on 30 November 2021 had every fiche validated: only the two under way moved since.
    const compared = await json<PlanComparison>(
      await spaceApi(server, demo)("GET", "/plan/versions/signed/compare/current"),
    );
    const statusChanges = (change: FicheChange) =>
      change.fields.filter((field) => field.field === "status").map((field) => [field.before, field.after]);
    expect(compared.changed.filter((change) => statusChanges(change).length > 0).map((change) => change.title)).toEqual(
      [SUMMER, COORDINATION],
    );
    expect(compared.changed.flatMap(statusChanges)).toEqual([
      ["validee", "en-cours"],
      ["validee", "en-cours"],
    ]);
    // The chargés de coopération are in post: the communauté de communes that employs them pilots the fiche.
    expect(fiches.get(COORDINATION)).toMatchObject({ pilot: CDC, partners: ["Caf des Pyrénées-Orientales"] });
  });

  it("leaves the services' places empty where the presentation gives none, and says so", async () => {
    const demo = await demoSpace();
    const services = await json<TerritoryService[]>(await spaceApi(server, demo)("GET", "/services"));
    expect(services.every((service) => service.capacity === null)).toBe(true);
    const counted = services.filter((service) => service.kind === "eaje" || service.kind === "alsh");
    expect(counted).toHaveLength(3);
    for (const service of counted) expect(service.note).toMatch(/ne donne pas son nombre de places/);
  });

  it("shows habitants each fiche's progress over its own calendar only", async () => {
    const demo = await demoSpace();
    const { slug } = await json<{ slug: string }>(await spaceApi(server, demo)("GET", "/public-page"));
    const page = await json<PublicPage>(await server.request("GET", `/api/public/${slug}`));
    const yearly = Object.fromEntries(
      page.axes.flatMap((axis) => axis.fiches).map((fiche) => [fiche.title, fiche.yearly.map((year) => year.year)]),
    );
    // The crèche's 2022 was its study (the bilan says so to the COPIL), not a year of the crèche: it opens in 2023.
    expect(yearly).toEqual({
      [CRECHE]: [2023, 2024, 2025],
      [SUMMER]: [2022, 2023, 2024, 2025],
      [EVS]: [2023, 2024, 2025],
      [COORDINATION]: [2021, 2022, 2023, 2024, 2025],
    });
  });
});

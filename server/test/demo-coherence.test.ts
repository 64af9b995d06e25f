import {
  bilanYearsOf,
  type CreatedSpaceView,
  calendarYears,
  type Fiche,
  type FicheChange,
  type InvitationView,
  listCards,
  listFiches,
  type ParticipantView,
  type PlanComparison,
  type PublicPage,
  periodYears,
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
    // The bilan 2022: the summer accueil and the coordination ran; the crèche and the EVS start in 2023.
    expect(measured(SUMMER)).toEqual({
      "Villages desservis dans l'été (illustratif)": 4,
      "Semaines d'accueil dans les villages (illustratif)": 8,
    });
    expect(measured(COORDINATION)).toEqual({
      "Réunions des groupes thématiques (illustratif)": 10,
      "Fiches au bilan validé en COPIL (illustratif)": 2,
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

  it("writes each fiche's bilan only for the years of its own calendar", async () => {
    const demo = await demoSpace();
    const fiches = await currentFiches(demo);
    const said: [string, number][] = [];
    const listed = new Map<string, number[]>();
    for (const year of periodYears(demo.period)) {
      const bilan = await json<YearBilan>(await spaceApi(server, demo)("GET", `/bilan/${year}`));
      for (const fiche of bilan.axes.flatMap((axis) => axis.fiches)) {
        listed.set(fiche.title, [...(listed.get(fiche.title) ?? []), year]);
        expect([fiche.title, year, fiche.outsideCalendar]).toEqual([fiche.title, year, false]);
        if (fiche.entry) said.push([fiche.title, year]);
      }
    }
    // Each year's bilan lists the fiches its calendar covers: the crèche and the EVS from 2023 only.
    expect(listed).toEqual(new Map([...fiches].map(([title, fiche]) => [title, bilanYearsOf(fiche, demo.period)])));
    expect(listed.get(CRECHE)?.[0]).toBe(2023);
    expect(listed.get(EVS)?.[0]).toBe(2023);
    expect(said).toEqual([
      [SUMMER, 2022],
      [COORDINATION, 2022],
    ]);
    for (const [title, year] of said) {
      const fiche = fiches.get(title) as Fiche;
      expect([title, calendarYears(fiche, demo.period)]).toEqual([title, expect.arrayContaining([year])]);
    }
    // The coordination's indicator counts the fiches the bilan validated in COPIL speaks of.
    const counted = fiches.get(COORDINATION)?.indicators.find((indicator) => indicator.label.startsWith("Fiches au"));
    expect(counted?.values["2022"]).toBe(said.length);
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

  it("dates its cards and its habitants in its story: the autumn 2021 workshops, not the day it was opened", async () => {
    const demo = await demoSpace();
    const [workshop, signature] = [Date.parse("2021-10-15T00:00:00+02:00"), Date.parse("2021-12-15T00:00:00+01:00")];
    const inStory = (at: number) => at >= workshop && at < signature;
    const cards = [];
    for (const board of demo.boards) {
      const client = await connectClient(server.wsUrl, board.documentName, demo.facilitatorSecret);
      cards.push(...listCards(client.doc));
      client.provider.destroy();
    }
    expect(cards.length).toBeGreaterThan(20);
    const undated = cards.filter((card) => !inStory(card.createdAt) || !inStory(card.updatedAt));
    expect(undated.map((card) => card.title)).toEqual([]);
    // The habitants' ideas were written before they were promoted, on 15 November 2021.
    const ideas = cards.filter((card) => card.authorRole === "habitant");
    expect(ideas).toHaveLength(3);
    for (const idea of ideas) expect(idea.createdAt).toBeLessThan(Date.parse("2021-11-15T10:00:00Z"));

    const api = spaceApi(server, demo);
    const [consultation] = await json<InvitationView[]>(await api("GET", "/invitations"));
    expect(consultation?.label).toBe("Consultation des habitants 2021");
    expect(inStory(consultation?.createdAt ?? 0)).toBe(true);
    const participants = await json<ParticipantView[]>(await api("GET", "/participants"));
    expect(participants.map((participant) => participant.displayName)).toEqual(["Léa", "Yanis", "Josette"]);
    for (const participant of participants) {
      expect(participant.createdAt).toBeGreaterThanOrEqual(consultation?.createdAt ?? Number.POSITIVE_INFINITY);
      expect(inStory(participant.createdAt)).toBe(true);
    }
  });

  it("shows habitants each fiche's progress over its own calendar only", async () => {
    const demo = await demoSpace();
    const { slug } = await json<{ slug: string }>(await spaceApi(server, demo)("GET", "/public-page"));
    const page = await json<PublicPage>(await server.request("GET", `/api/public/${slug}`));
    const yearly = Object.fromEntries(
      page.axes.flatMap((axis) => axis.fiches).map((fiche) => [fiche.title, fiche.yearly.map((year) => year.year)]),
    );
    // The crèche opens in 2023: its calendar, not its place in the plan, gives its years.
    expect(yearly).toEqual({
      [CRECHE]: [2023, 2024, 2025],
      [SUMMER]: [2022, 2023, 2024, 2025],
      [EVS]: [2023, 2024, 2025],
      [COORDINATION]: [2021, 2022, 2023, 2024, 2025],
    });
    // A year says no more than the action's badge: both run until 2025, so 2022 is under way, not done.
    const fiches = page.axes.flatMap((axis) => axis.fiches);
    const in2022 = fiches.map((fiche) => [fiche.title, fiche.yearly.find((year) => year.year === 2022)?.progress]);
    expect(in2022.filter(([, progress]) => progress !== undefined)).toEqual([
      [SUMMER, "en-cours"],
      [COORDINATION, "en-cours"],
    ]);
    for (const fiche of fiches) {
      const done = fiche.yearly.some((year) => year.progress === "realisee");
      expect([fiche.title, done]).toEqual([fiche.title, fiche.status === "realisee"]);
    }
  });
});

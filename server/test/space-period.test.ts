import {
  type CreatedSpaceView,
  createFiche,
  type FieldProblem,
  type Period,
  type RefusalCode,
  type RefusalParams,
  type SpaceView,
  type YearBilan,
} from "@atelier/shared";
import { describe, expect, it } from "vitest";
import { connectClient, waitFor } from "./support/collab-client.ts";
import { json } from "./support/http-json.ts";
import { spaceApi } from "./support/space-api.ts";
import { useTestServer } from "./support/use-test-server.ts";

const server = useTestServer();

interface Refused {
  error: string;
  code?: RefusalCode;
  params?: RefusalParams;
  problems?: FieldProblem[];
}

const patch = (space: CreatedSpaceView, body: unknown, token = space.facilitatorSecret) =>
  spaceApi(server, space)("PATCH", "", body, token);

/** The space as its facilitator reads it. */
const fetched = async (space: CreatedSpaceView) => json<SpaceView>(await spaceApi(server, space)("GET", ""));

/** A space and the convention prepared to follow it, its period `next`. */
async function conventionAndNext(next: Period) {
  const space = await server.createSpace("CTG Conflent-Canigou 2021-2025");
  const following = await json<CreatedSpaceView>(
    await spaceApi(server, space)("POST", "/renewal", { name: "CTG Conflent-Canigou suivante", period: next }),
    201,
  );
  return { space, following };
}

describe("PATCH /api/spaces/:id: the convention's period", () => {
  it("changes it with the name at once, and GET reads both back, to anyone with the space's id", async () => {
    const space = await server.createSpace();
    const changed = await json<SpaceView>(
      await patch(space, { name: "CdC Conflent", period: { start: 2022, end: 2026 } }),
    );
    expect(changed).toMatchObject({
      name: "CdC Conflent",
      period: { start: 2022, end: 2026 },
      previous: null,
      next: null,
    });
    expect(await fetched(space)).toEqual(changed);
    const anonymous = await json<SpaceView>(await server.request("GET", `/api/spaces/${space.id}`));
    expect(anonymous).toMatchObject({ period: { start: 2022, end: 2026 }, previous: null, next: null, parties: [] });
    // The name alone leaves the period as it is.
    expect(await json<SpaceView>(await patch(space, { name: "CdC Conflent-Canigou" }))).toMatchObject({
      name: "CdC Conflent-Canigou",
      period: { start: 2022, end: 2026 },
    });
  });

  it("refuses a period that overlaps the next convention or the previous one (400), naming it, and changes nothing", async () => {
    const { space, following } = await conventionAndNext({ start: 2026, end: 2030 });
    const late = await json<Refused>(
      await patch(space, { name: "Autre nom", period: { start: 2022, end: 2026 } }),
      400,
    );
    expect(late).toEqual({
      error:
        "Cette période chevauche la convention suivante, « CTG Conflent-Canigou suivante », qui commence en 2026 : achevez-la avant.",
      code: "periodOverlapsNext",
      params: { name: "CTG Conflent-Canigou suivante", start: 2026 },
    });
    const early = await json<Refused>(await patch(following, { period: { start: 2025, end: 2029 } }), 400);
    expect(early).toEqual({
      error:
        "Cette période chevauche la convention précédente, « CTG Conflent-Canigou 2021-2025 », qui court jusqu'en 2025 : commencez-la après.",
      code: "periodOverlapsPrevious",
      params: { name: "CTG Conflent-Canigou 2021-2025", end: 2025 },
    });
    // The name sent with the refused period was not kept either.
    expect(await fetched(space)).toMatchObject({
      name: "CTG Conflent-Canigou 2021-2025",
      period: { start: 2021, end: 2025 },
    });
    expect((await fetched(following)).period).toEqual({ start: 2026, end: 2030 });

    // Leaving a gap is the partners' choice; each space then names the other's new period.
    await json(await patch(space, { period: { start: 2020, end: 2024 } }));
    expect((await fetched(following)).previous).toMatchObject({ id: space.id, period: { start: 2020, end: 2024 } });
    const moved = await json<SpaceView>(await patch(following, { period: { start: 2025, end: 2029 } }));
    expect(moved.previous).toMatchObject({ period: { start: 2020, end: 2024 } });
    expect((await fetched(space)).next).toMatchObject({ id: following.id, period: { start: 2025, end: 2029 } });
  });

  it("lets only one of two changes sent at once bring linked conventions to overlap", async () => {
    // 2026 lies between them: each change alone takes it, both would share it.
    const { space, following } = await conventionAndNext({ start: 2027, end: 2031 });
    const answers = await Promise.all([
      patch(space, { period: { start: 2022, end: 2026 } }),
      patch(following, { period: { start: 2026, end: 2030 } }),
    ]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 400]);
    const [before, after] = [await fetched(space), await fetched(following)];
    expect(before.period.end).toBeLessThan(after.period.start);
  });

  it("refuses to leave out a year whose bilan is kept, naming the years, and keeps the bilans", async () => {
    const space = await server.createSpace();
    const send = spaceApi(server, space);
    const plan = await connectClient(server.wsUrl, space.plan.documentName, space.facilitatorSecret);
    createFiche(plan.doc, "f1", { title: "Relais petite enfance", axisId: null, themes: [] }, 1);
    await waitFor(
      () => plan.provider.unsyncedChanges,
      (n) => n === 0,
    );
    plan.provider.destroy();
    // 2023: a fiche's entry; 2022: a COPIL's validation naming its year; 2021: one its meeting's date implies (March
    // 2022 reviews the year just ended); 2025: a satisfaction questionnaire.
    await json(await send("PUT", "/bilan/2023/fiches/f1", { progress: "realisee", assessment: "Ouvert à Prades." }));
    const copil = (date: string, year?: number) => ({
      kind: "copil",
      date,
      title: `COPIL du ${date}`,
      decisions: [{ kind: "bilan-annuel", text: "Le bilan annuel est validé.", ...(year ? { year } : {}) }],
    });
    await json(await send("POST", "/meetings", copil("2022-03-10")), 201);
    await json(await send("POST", "/meetings", copil("2023-12-01", 2022)), 201);
    await json(await send("POST", "/satisfaction/2025"), 201);

    expect(await json<Refused>(await patch(space, { period: { start: 2024, end: 2028 } }), 400)).toEqual({
      error:
        "La période doit garder 2021, 2022, 2023 : un bilan annuel y est déjà enregistré (suivi des fiches, questionnaire de satisfaction ou validation en comité).",
      code: "periodDropsBilanYears",
      params: { years: [2021, 2022, 2023] },
    });
    expect(await json<Refused>(await patch(space, { period: { start: 2021, end: 2024 } }), 400)).toMatchObject({
      code: "periodDropsBilanYears",
      params: { years: [2025] },
    });
    expect((await fetched(space)).period).toEqual({ start: 2021, end: 2025 });
    const bilan = await json<YearBilan>(await send("GET", "/bilan/2023"));
    expect(bilan.axes.flatMap((axis) => axis.fiches).map((fiche) => fiche.entry?.assessment)).toEqual([
      "Ouvert à Prades.",
    ]);
  });

  it("is for facilitators only: 401 without a token, 403 for a partner", async () => {
    const space = await server.createSpace();
    const partner = await server.join(space, "partner", "Camille");
    const body = { period: { start: 2022, end: 2026 } };
    expect((await json<Refused>(await patch(space, body, ""), 401)).code).toBe("authenticationRequired");
    expect(await json<Refused>(await patch(space, body, partner.participantToken), 403)).toEqual({
      error: "Seul un animateur de cet espace peut faire cela.",
      code: "facilitatorOnly",
    });
    expect((await fetched(space)).period).toEqual({ start: 2021, end: 2025 });
  });

  it("refuses an invalid period with the codes a new space's period is refused with", async () => {
    const space = await server.createSpace();
    const problems = async (period: unknown) =>
      (await json<Refused>(await patch(space, { period }), 400)).problems?.map(({ code, path }) => ({ code, path }));
    expect(await problems({ start: 2022, end: 2027 })).toEqual([{ code: "periodTooLong", path: ["period"] }]);
    expect(await problems({ start: 2025, end: 2021 })).toEqual([{ code: "periodReversed", path: ["period"] }]);
    expect(await problems({ start: "2022", end: 2026.5 })).toEqual([
      { code: "spaceYearNotNumber", path: ["period", "start"] },
      { code: "spaceYearNotInteger", path: ["period", "end"] },
    ]);
    expect(await problems({ start: 1999, end: 2003 })).toEqual([
      { code: "spaceYearOutside", path: ["period", "start"] },
    ]);
    expect(await problems("2022-2026")).toEqual([{ code: "periodNotObject", path: ["period"] }]);
    const tooLong = await json<Refused>(await patch(space, { period: { start: 2022, end: 2027 } }), 400);
    expect(tooLong.error).toBe(
      "period : Une convention dure au plus 5 ans : commencée en 2022, elle s'achève au plus tard en 2026.",
    );
    expect((await fetched(space)).period).toEqual({ start: 2021, end: 2025 });
  });
});

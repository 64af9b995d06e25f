import { FRENCH_REFUSAL_WORDS, type RefusalCode, refusalWorded, wordRefusal } from "@atelier/shared";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ENGLISH_REFUSAL_WORDS } from "../src/i18n/en-refusals.ts";
import { LANGUAGE_STORAGE_KEY } from "../src/i18n/language.ts";

/** Accented letters, guillemets and words only French sentences have. */
const FRENCH = /[àâçéèêëîïôûùœ«»]|\b(le|la|les|une?|ce|cette|est|dans|espace|introuvable|doit|être)\b/i;
/** French words the English interface keeps, as it does everywhere (en.ts). */
const KEPT_IN_ENGLISH = /\bdépartement\b/g;

const params = {
  kind: "piste",
  name: "MSA",
  theme: "Petite enfance",
  label: "COPIL 2022",
  insee: "66049",
  method: "GET",
  path: "/api/x",
  ids: ["b-1"],
  years: [2022, 2023],
  index: 2,
  count: 2,
  maximum: 200,
  bytes: 262_144,
  year: 2022,
  start: 2022,
  end: 2026,
  detail: "year must be a whole year.",
  line: 12,
  first: 4,
  column: "DTREF",
  value: "n.d.",
  dated: true,
  id: "c-1",
  field: "status",
};

/** The interface's modules loaded anew in `language`, chosen at start-up as the page reads it. */
function inLanguage(language: "fr" | "en") {
  vi.resetModules();
  vi.stubGlobal("window", {
    localStorage: { getItem: (key: string) => (key === LANGUAGE_STORAGE_KEY ? language : null) },
  });
}

/** A call in `language`, the server answering `body`. */
async function callIn(language: "fr" | "en", status: number, body: unknown) {
  inLanguage(language);
  vi.stubGlobal(
    "fetch",
    vi.fn(async () => new Response(JSON.stringify(body), { status })),
  );
  const { ApiError, call } = await import("../src/api/request.ts");
  const refused = await call("GET", "/spaces/s1/meetings/m1").then(
    () => null,
    (error: unknown) => error,
  );
  if (!(refused instanceof ApiError)) throw new Error("expected a refusal");
  return refused;
}

describe("the server's refusals", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("are worded in English for every code, without French", () => {
    for (const code of Object.keys(FRENCH_REFUSAL_WORDS) as RefusalCode[]) {
      const english = wordRefusal(ENGLISH_REFUSAL_WORDS, { code, params });
      expect(english.replace(KEPT_IN_ENGLISH, ""), code).not.toMatch(FRENCH);
      expect(english, code).not.toMatch(/undefined/);
    }
  });

  it("are worded by call() in the interface's language from their code and params", async () => {
    const refused = {
      error: "Aucun questionnaire de satisfaction n'a été ouvert pour 2022.",
      code: "noQuestionnaire",
      params: { year: 2022 },
    };
    const english = await callIn("en", 404, refused);
    expect([english.status, english.message]).toEqual([404, "No satisfaction questionnaire was opened for 2022."]);
    expect((await callIn("fr", 404, refused)).message).toBe(refused.error);

    const forbidden = { error: "Seul un animateur de cet espace peut faire cela.", code: "facilitatorOnly" };
    expect((await callIn("en", 403, forbidden)).message).toBe("Only a facilitator of this space can do this.");
  });

  it("detail their refused fields in the interface's language, and keep the server's words for an unknown code", async () => {
    const archive = {
      error: "Archive invalide : Le nom du territoire est obligatoire.",
      code: "archiveInvalid",
      params: { detail: "Le nom du territoire est obligatoire." },
      problems: [{ code: "required", subject: "spaceName", path: [], params: {} }],
    };
    expect((await callIn("en", 400, archive)).message).toBe("Invalid archive: The territory's name is required.");
    const cell = {
      error:
        "Ligne 3, colonne « valeur_territoire » : valeur_territoire doit être un nombre (virgule ou point décimal).",
      code: "importCellInvalid",
      params: { line: 3, column: "valeur_territoire", detail: "valeur_territoire doit être un nombre." },
      problems: [{ code: "cellNotNumber", subject: "valeurTerritoireColumn", path: [], params: {} }],
    };
    expect((await callIn("en", 400, cell)).message).toMatch(/^Line 3, column “valeur_territoire”: .* must be a number/);
    const unknown = { error: "Le fichier est vide.", code: "fileEmptyNextYear" };
    expect((await callIn("en", 400, unknown)).message).toBe("Le fichier est vide.");
  });

  it("sent as their French text alone (a connection's close reason), are known by it, each text being one code's", async () => {
    expect(refusalWorded("Votre lien d'invitation n'ouvre pas ce tableau.")).toEqual({
      code: "boardNotOpened",
      params: {},
    });
    expect(refusalWorded("Document inconnu : « x ».")).toEqual({ code: "documentUnknown", params: { name: "x" } });
    expect(refusalWorded("Modification refusée : Vous avez déjà utilisé vos 3 votes.")).toEqual({
      code: "writeBudgetSpent",
      params: { maximum: 3 },
    });
    expect(refusalWorded("Modification refusée : Champ de carte non modifiable : status (carte c-1).")).toEqual({
      code: "writeCardFieldFixed",
      params: { field: "status", id: "c-1" },
    });
    // A wording that quotes French already worded, or a text cut short, is no refusal a reader could word.
    // A list of years is read back as numbers.
    expect(
      refusalWorded(
        "La période doit garder 2022, 2023 : un bilan annuel y est déjà enregistré (suivi des fiches, questionnaire de satisfaction ou validation en comité).",
      ),
    ).toEqual({ code: "periodDropsBilanYears", params: { years: [2022, 2023] } });
    expect(refusalWorded("Archive invalide : Le nom est obligatoire.")).toBeNull();
    expect(refusalWorded("Modification refusée : Chiffre cité inconnu : « Taux de couv…")).toBeNull();
    const texts = Object.values(FRENCH_REFUSAL_WORDS).filter((wording) => typeof wording === "string");
    expect(new Set(texts).size).toBe(texts.length);

    inLanguage("en");
    const { inReadersWords } = await import("../src/i18n/close-reason.ts");
    expect(await inReadersWords("Votre participation a été effacée de cet espace.")).toBe(
      "Your participation was erased from this space.",
    );
    expect(
      await inReadersWords("Modification refusée : Texte de carte non pris en charge : élément inconnu « script »."),
    ).toBe("Change refused: card text not supported: unknown element “script”.");
    expect(
      await inReadersWords("Origine non autorisée : cette page n'est pas celle de l'atelier (voir ALLOWED_ORIGINS)."),
    ).toBe("Origin not allowed: this page is not the atelier's (see ALLOWED_ORIGINS).");
    expect(await inReadersWords("Modification refusée : carte inconnue.")).toBe(
      "Modification refusée : carte inconnue.",
    );
  });

  it("read back from their French text give that text again, for every code that quotes params", () => {
    for (const code of Object.keys(FRENCH_REFUSAL_WORDS) as RefusalCode[]) {
      const text = wordRefusal(FRENCH_REFUSAL_WORDS, { code, params });
      const read = refusalWorded(text);
      if (read) expect(wordRefusal(FRENCH_REFUSAL_WORDS, read), code).toBe(text);
    }
    expect(refusalWorded(wordRefusal(FRENCH_REFUSAL_WORDS, { code: "writeUnknownFigure", params }))).toEqual({
      code: "writeUnknownFigure",
      params: { label: params.label },
    });
  });
});

import { describe, expect, it } from "vitest";
import { en } from "../src/i18n/en.ts";
import { ENGLISH_PROBLEM_WORDS } from "../src/i18n/en-problems.ts";
import { ENGLISH_REFUSAL_WORDS } from "../src/i18n/en-refusals.ts";
import { fr } from "../src/i18n/fr.ts";

/** Stands for whatever a composed text is given, so that only its own words are read. */
const ARGUMENT = "\u0001";
/** The parameters of a refusal's or a problem's words: each one a list of one placeholder, read as text or as list. */
const anyParams = new Proxy({}, { get: () => [ARGUMENT] });

/** Every text of a dictionary with its key; a composed one as it reads with placeholders (skipped if it needs more). */
function texts(messages: unknown, key = ""): { key: string; text: string }[] {
  if (typeof messages === "string") return [{ key, text: messages }];
  if (typeof messages === "function") {
    const namedParams = messages.toString().trimStart().startsWith("({");
    try {
      const composed = namedParams
        ? messages(anyParams)
        : messages(...Array.from({ length: Math.max(messages.length, 1) }, () => ARGUMENT));
      return typeof composed === "string" ? [{ key, text: composed }] : [];
    } catch {
      return [];
    }
  }
  if (messages && typeof messages === "object") {
    return Object.entries(messages).flatMap(([name, value]) => texts(value, key ? `${key}.${name}` : name));
  }
  return [];
}

const english = [...texts(en), ...texts(ENGLISH_PROBLEM_WORDS), ...texts(ENGLISH_REFUSAL_WORDS)];

/** The texts that say what `pattern` finds, a request's fields left out ("{ epci?, communes? }"). */
function wordedWith(pattern: RegExp): string[] {
  return english
    .filter(({ text }) => pattern.test(text.replace(/\{[^}]*\}/g, "")))
    .map(({ key, text }) => `${key}: ${text}`);
}

describe("the English interface names each thing one way, in English", () => {
  it("reads the whole dictionary", () => {
    expect(english.length).toBeGreaterThan(1500);
  });

  it.each([
    ["bilan (a yearly review)", /\bbilans?\b/i],
    ["démarche (the process)", /\bdémarche\b/i],
    ["fiche (an action sheet)", /\bfiches?\b/i],
    ["diagnostic (the shared assessment)", /\bdiagnostic\b/i],
    ["annual (yearly, as the reviews are)", /\bannual\b/i],
    ["convention (the agreement), but in the CTG's own name", /\bconventions?\b(?! territoriale globale)/i],
    ["abandoned (a dropped action, as the review says)", /\babandoned\b/i],
    ["commune (a municipality), but in « Community of communes »", /(?<!of |\()\bcommunes?\b/i],
    ["axis (a priority area)", /\baxis\b|\baxes\b/i],
    ["the territory's figures (the figures for the area)", /key figures|figures of the territory|territory's figures/i],
    ["a space before a colon, the French way", /\S [:;!?](?:\s|$)/],
  ])("has no %s", (_, pattern) => {
    expect(wordedWith(pattern)).toEqual([]);
  });

  it("words a funder and its name alike in a budget line and in the totals", () => {
    expect(en.plan.financing.named(en.partyKinds.commune, "Prades")).toBe("Municipality — Prades");
  });
});

describe("a text that names a comité's decision names it as the decision list offers it", () => {
  for (const [language, messages, quoted] of [
    ["English", en, (label: string) => `“${label}”`],
    ["French", fr, (label: string) => `« ${label} »`],
  ] as const) {
    it(`in ${language}, by the decision's own label rather than a copy of it`, () => {
      const labels = Object.values(messages.demarche.decisionKinds);
      const copies = texts(messages)
        .filter(({ key }) => !key.startsWith("demarche.decisionKinds."))
        .filter(({ text }) => labels.some((label) => text.includes(quoted(label))));
      expect(copies).toEqual([]);
      const yearly = messages.demarche.decisionKinds["bilan-annuel"];
      expect(messages.bilan.noMeetings(2023, yearly)).toContain(quoted(yearly));
    });
  }
});

import type { Card } from "@atelier/shared";
import { describe, expect, it } from "vitest";
import { authorsOf, isFiltering, matchesFilters, NO_FILTERS } from "../src/board/surface/card-filters.ts";

function card(overrides: Partial<Card>): Card {
  return {
    id: "c",
    kind: "constat",
    title: "Places en crèche",
    source: "",
    authorId: "p1",
    authorName: "Samia",
    authorRole: "partner",
    cluster: null,
    order: "a0",
    status: "draft",
    createdAt: 1,
    updatedAt: 1,
    ...overrides,
  };
}

describe("the board's card filters", () => {
  it("find words without accents or case, in any order, in the title, source or body", () => {
    const found = (text: string, body = "") =>
      matchesFilters(card({ source: "PMI 66" }), { ...NO_FILTERS, text }, body);
    expect(found("CRECHE places")).toBe(true);
    expect(found("pmi")).toBe(true);
    expect(found("horaires", "Horaires atypiques")).toBe(true);
    expect(found("crèche horaires")).toBe(false);
  });

  it("narrow by kind, status and author name", () => {
    const agreed = card({ kind: "besoin", status: "agreed", authorName: "Anne" });
    expect(matchesFilters(agreed, { ...NO_FILTERS, kind: "besoin" }, "")).toBe(true);
    expect(matchesFilters(agreed, { ...NO_FILTERS, kind: "constat" }, "")).toBe(false);
    expect(matchesFilters(agreed, { ...NO_FILTERS, status: "draft" }, "")).toBe(false);
    expect(matchesFilters(agreed, { ...NO_FILTERS, author: "Samia" }, "")).toBe(false);
  });

  it("say whether anything filters, and list authors once each in French order", () => {
    expect(isFiltering(NO_FILTERS)).toBe(false);
    expect(isFiltering({ ...NO_FILTERS, text: "  " })).toBe(false);
    expect(isFiltering({ ...NO_FILTERS, author: "Anne" })).toBe(true);
    const names = ["Élodie", "Anne", "Zoé", "Anne"].map((authorName) => card({ authorName }));
    expect(authorsOf(names)).toEqual(["Anne", "Élodie", "Zoé"]);
  });
});

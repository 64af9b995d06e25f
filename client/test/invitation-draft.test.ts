import { CARD_KINDS } from "@atelier/shared";
import { describe, expect, it } from "vitest";
import { dayValue, endOfDay, parseDay } from "../src/spaces/invitations/expiry.ts";
import { EMPTY_DRAFT, readDraft } from "../src/spaces/invitations/invitation-draft.ts";

const NOW = new Date(2026, 2, 10, 15, 0);

describe("an invitation draft", () => {
  it("becomes the API's request: all boards, no expiry, no use limit by default", () => {
    expect(readDraft({ ...EMPTY_DRAFT, label: "Comité du 12 mars" }, NOW)).toEqual({
      ok: true,
      invitation: expect.objectContaining({
        role: "partner",
        label: "Comité du 12 mars",
        boardIds: null,
        expiresAt: null,
        maxUses: null,
        kinds: null,
        moderated: false,
      }),
    });
  });

  it("runs until the end of the chosen day, and refuses a day already past", () => {
    const until = readDraft({ ...EMPTY_DRAFT, label: "Atelier", expiry: "date", expiryDate: "2026-03-12" }, NOW);
    expect(until.ok && until.invitation.expiresAt).toBe(new Date(2026, 2, 12, 23, 59, 59, 999).getTime());
    const past = readDraft({ ...EMPTY_DRAFT, label: "Atelier", expiry: "date", expiryDate: "2026-03-09" }, NOW);
    expect(past.ok).toBe(false);
    expect(!past.ok && past.errors.expiresAt).toBeTruthy();
  });

  it("names each field to correct, in the form's words", () => {
    const reading = readDraft(
      { ...EMPTY_DRAFT, role: "habitant", boardScope: "some", boardIds: [], maxUses: "0", kinds: [] },
      NOW,
    );
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(Object.keys(reading.errors).sort()).toEqual(["boardIds", "kinds", "label", "maxUses"]);
    expect(reading.errors.boardIds).not.toMatch(/null|id/);
  });

  it("keeps habitants' kinds and moderation, and only theirs", () => {
    const habitant = readDraft(
      { ...EMPTY_DRAFT, role: "habitant", label: "QR du marché", kinds: ["besoin"], moderated: true },
      NOW,
    );
    expect(habitant.ok && [habitant.invitation.kinds, habitant.invitation.moderated]).toEqual([["besoin"], true]);
    const partner = readDraft({ ...EMPTY_DRAFT, label: "Partenaires", kinds: ["besoin"], moderated: true }, NOW);
    expect(partner.ok && [partner.invitation.kinds, partner.invitation.moderated]).toEqual([null, false]);
    const everyKind = readDraft({ ...EMPTY_DRAFT, role: "habitant", label: "Tous", kinds: [...CARD_KINDS] }, NOW);
    expect(everyKind.ok && everyKind.invitation.kinds).toBeNull();
  });

  it("reads a date input's day in local time, and writes it back", () => {
    expect(parseDay("2026-03-1")).toBeNull();
    const day = parseDay("2026-03-12");
    expect(day && dayValue(day)).toBe("2026-03-12");
    expect(day && new Date(endOfDay(day)).getDate()).toBe(12);
  });
});

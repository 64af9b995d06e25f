import { NewInvitationSchema } from "@atelier/shared";
import { describe, expect, it } from "vitest";
import { habitantLinkLabel } from "../src/board/presentation/habitant-link-label.ts";

const DAY = new Date(2026, 11, 5, 18, 30);
const accepted = (label: string) => NewInvitationSchema.safeParse({ role: "habitant", label }).success;

describe("the label of a habitant link made from a board's tools", () => {
  it("names the workshop and its day", () => {
    expect(habitantLinkLabel("Petite enfance", DAY)).toBe("Atelier Petite enfance – 5 déc. 2026");
  });

  it("shortens the longest theme a board may have to the API's limit, no further", () => {
    const label = habitantLinkLabel(`Accès aux droits, jeunes adultes et ${"logement ".repeat(5)}`.slice(0, 80), DAY);
    expect(label).toMatch(/^Atelier Accès aux droits, jeunes adultes.*… – 5 déc\. 2026$/);
    expect(accepted(label)).toBe(true);
    expect(accepted(`${label}x`)).toBe(false);
  });
});

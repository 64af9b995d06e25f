import { describe, expect, it } from "vitest";
import { ParticipantIdSchema } from "../src/card.ts";
import { facilitatorParticipantId } from "../src/facilitator-id.ts";

describe("a facilitator's id on a board", () => {
  it("is the same for one name, however it is typed, and differs from one facilitator to the next", () => {
    const claire = facilitatorParticipantId("Claire (Caf)");
    expect(facilitatorParticipantId("  claire (CAF) ")).toBe(claire);
    expect(facilitatorParticipantId("Karim (Mairie)")).not.toBe(claire);
    expect(facilitatorParticipantId("Clairé (Caf)")).not.toBe(claire);
  });

  it("is a valid author id, even for the longest name", () => {
    for (const name of ["Inès", "É".repeat(60)]) {
      const id = facilitatorParticipantId(name);
      expect(id).toMatch(/^facilitator-[\w-]{8}$/);
      expect(ParticipantIdSchema.safeParse(id).success).toBe(true);
    }
  });
});

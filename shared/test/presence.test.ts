import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { facilitatorParticipantId } from "../src/facilitator-id.ts";
import { PRESENCE_LIMITS, type PresenceHolder, sanitizePresence } from "../src/presence.ts";

const karim: PresenceHolder = { role: "partner", participantId: "p-karim", displayName: "Karim (Mairie)" };
const facilitator: PresenceHolder = { role: "facilitator", participantId: "facilitator", displayName: null };

describe("the presence a holder may show", () => {
  it("keeps what the client sets, with the server's name, role and id", () => {
    const doc = new Y.Doc();
    const text = doc.getXmlFragment("body");
    const anchor = Y.createRelativePositionFromTypeIndex(text, 0, -1);
    const state = {
      user: { id: "facilitator", name: "Animatrice", color: "#0f766e", role: "facilitator" },
      editing: "0f2c8a4e-6b1d-4a43-9c55-2f5b3e1f9d20",
      cursor: { anchor, head: anchor },
    };
    const clean = sanitizePresence(JSON.parse(JSON.stringify(state)), karim);
    expect(clean).toEqual({
      user: { id: "p-karim", name: "Karim (Mairie)", color: "#0f766e", role: "partner" },
      editing: state.editing,
      cursor: JSON.parse(JSON.stringify({ anchor, head: anchor })),
    });
    const shown = Y.createRelativePositionFromJSON(clean?.cursor?.anchor);
    expect(Y.compareRelativePositions(shown, anchor)).toBe(true);
  });

  it("keeps a facilitator's own name, trimmed and cut to the limit, with the id the client draws from it", () => {
    expect(sanitizePresence({ user: { name: "  Claire (Caf) ", role: "partner" } }, facilitator)?.user).toEqual({
      id: facilitatorParticipantId("Claire (Caf)"),
      name: "Claire (Caf)",
      role: "facilitator",
    });
    const long = sanitizePresence({ user: { name: `${"é".repeat(59)}😀😀` } }, facilitator)?.user?.name;
    expect(long).toBe("é".repeat(59));
    expect(sanitizePresence({ user: { name: "   " } }, facilitator)).toEqual({});
    expect(sanitizePresence({ user: { name: 42 } }, facilitator)).toEqual({});
  });

  it("leaves out unknown fields and malformed known ones", () => {
    expect(
      sanitizePresence(
        {
          user: { name: "x", color: "red", avatar: "https://example.org/a.png" },
          editing: "x".repeat(PRESENCE_LIMITS.idChars + 1),
          cursor: { anchor: { type: { client: -1, clock: 0 } }, head: {} },
          marker: 1,
        },
        karim,
      ),
    ).toEqual({ user: { id: "p-karim", name: "Karim (Mairie)", role: "partner" } });
    expect(sanitizePresence({ editing: null, cursor: null }, karim)).toEqual({ editing: null, cursor: null });
    expect(sanitizePresence({ cursor: { anchor: { tname: "t".repeat(101) }, head: {} } }, karim)).toEqual({});
  });

  it("refuses a state that is not an object or is too big", () => {
    expect(sanitizePresence(null, karim)).toBeNull();
    expect(sanitizePresence([1, 2], karim)).toBeNull();
    expect(sanitizePresence("user", karim)).toBeNull();
    expect(
      sanitizePresence({ user: { name: "Karim" }, padding: "x".repeat(PRESENCE_LIMITS.stateChars) }, karim),
    ).toBeNull();
  });
});

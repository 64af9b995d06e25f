import { describe, expect, it } from "vitest";
import { orderKeyAt, orderKeyBetween } from "../src/ordering.ts";

describe("order keys", () => {
  it("places a key at an index, even between neighbours that concurrent moves left with equal keys", () => {
    const a = orderKeyBetween(null, null);
    const b = orderKeyBetween(a, null);
    const c = orderKeyBetween(b, null);
    const items = [{ order: a }, { order: b }, { order: b }, { order: c }];
    const between = orderKeyAt(items, 2);
    expect(between > b && between < c).toBe(true);
    expect(orderKeyAt(items, 0) < a).toBe(true);
    expect(orderKeyAt(items, 4) > c).toBe(true);
    expect(orderKeyAt([], 0)).toBe(a);
  });
});

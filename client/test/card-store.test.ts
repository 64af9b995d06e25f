import { addCard, cardBody, writeBodyText, writeCardFields } from "@atelier/shared";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { type CardStore, cardStore } from "../src/board/card-store.ts";

const author = { authorId: "facilitator", authorName: "Anne", authorRole: "facilitator" } as const;

/** The animation frames the store asks for, run when the test says a frame is drawn. */
let frames: (() => void)[] = [];
function drawFrame(): void {
  const due = frames;
  frames = [];
  for (const callback of due) callback();
}

beforeEach(() => {
  frames = [];
  vi.useFakeTimers();
  vi.stubGlobal("requestAnimationFrame", (callback: () => void) => frames.push(callback));
  vi.stubGlobal("cancelAnimationFrame", () => {});
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** This page's board, and another participant's copy whose changes reach it as remote updates. */
function twoCopies(...ids: string[]) {
  const page = new Y.Doc();
  const remote = new Y.Doc();
  remote.on("update", (update: Uint8Array) => Y.applyUpdate(page, update, "provider"));
  for (const id of ids) addCard(remote, id, { kind: "constat", title: `Carte ${id}`, ...author }, 1);
  return { page, remote };
}

/** How many times the list, card a and card b woke their subscribers. */
function watch(store: CardStore) {
  const calls = { list: 0, a: 0, b: 0 };
  store.subscribeList(() => calls.list++);
  store.subscribeCard("a", () => calls.a++);
  store.subscribeCard("b", () => calls.b++);
  return calls;
}

describe("the board's card store", () => {
  it("takes in many remote edits at the next frame, once, re-reading only the cards they touched", () => {
    const { page, remote } = twoCopies("a", "b", "c");
    const store = cardStore(page);
    const before = store.list();
    const calls = watch(store);

    for (let edit = 1; edit <= 10; edit++) writeCardFields(remote, "a", { title: `A ${edit}` }, 1 + edit);
    expect(calls.list).toBe(0);
    expect(store.list()).toBe(before);

    drawFrame();
    expect(calls).toEqual({ list: 1, a: 1, b: 0 });
    const after = store.list();
    expect(after.find((card) => card.id === "a")?.title).toBe("A 10");
    // Untouched cards keep their object: their views have nothing to draw again.
    expect(after.find((card) => card.id === "b")).toBe(before.find((card) => card.id === "b"));
  });

  it("wakes only the typed-in card's subscribers when a body changes, not the list", () => {
    const { page, remote } = twoCopies("a", "b");
    const store = cardStore(page);
    const calls = watch(store);
    expect(store.bodyText("a")).toBe("");

    writeBodyText(remote, "a", "Relevé en comité");
    drawFrame();
    expect(store.bodyText("a")).toBe("Relevé en comité");
    expect(store.bodyTexts().get("a")).toBe("Relevé en comité");
    expect(calls).toEqual({ list: 0, a: 1, b: 0 });
  });

  it("takes in this page's own edits at once, and cards added and deleted elsewhere", () => {
    const { page, remote } = twoCopies("a");
    const store = cardStore(page);
    writeCardFields(page, "a", { title: "Renommée ici" }, 2);
    expect(store.list()[0]?.title).toBe("Renommée ici");

    addCard(remote, "b", { kind: "piste", title: "Nouvelle", ...author }, 3);
    remote.getMap("cards").delete("a");
    drawFrame();
    expect(store.list().map((card) => card.id)).toEqual(["b"]);
    expect(cardBody(page, "b")).toBeDefined();
  });

  it("still takes remote edits in when no frame comes (a hidden tab)", () => {
    const { page, remote } = twoCopies("a");
    const store = cardStore(page);
    writeCardFields(remote, "a", { title: "En arrière-plan" }, 2);
    vi.advanceTimersByTime(100);
    expect(store.list()[0]?.title).toBe("En arrière-plan");
  });
});

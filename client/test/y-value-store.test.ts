import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { observeY } from "../src/sync/observe-y.ts";
import { yValueStore } from "../src/sync/use-y-value.ts";

/** A board-like document: a map of cards, each a map of fields. */
function board() {
  const doc = new Y.Doc();
  const cards = doc.getMap<Y.Map<string>>("cards");
  const card = new Y.Map<string>();
  card.set("title", "Crèche");
  cards.set("a", card);
  return { doc, cards, card };
}

/** How many times `read` ran, and how many times the store woke its subscriber. */
function counting<T>(read: () => T) {
  const counts = { reads: 0, wakes: 0 };
  const counted = () => {
    counts.reads++;
    return read();
  };
  return { counts, counted, wake: () => counts.wakes++ };
}

describe("the store behind useYValue", () => {
  it("gives the same value between changes and reads again after one, wherever it came from", () => {
    const { doc, cards } = board();
    const { counts, counted, wake } = counting(() => [...cards.keys()]);
    const store = yValueStore(cards);
    store.subscribe(wake);

    const first = store.snapshot(counted);
    expect(first).toEqual(["a"]);
    expect(store.snapshot(counted)).toBe(first);
    expect(counts).toEqual({ reads: 1, wakes: 0 });

    cards.set("b", new Y.Map<string>());
    expect(counts.wakes).toBe(1);
    expect(store.snapshot(counted)).toEqual(["a", "b"]);

    const remote = new Y.Doc();
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(doc));
    remote.on("update", (update: Uint8Array) => Y.applyUpdate(doc, update, "provider"));
    remote.getMap("cards").delete("a");
    expect(counts.wakes).toBe(2);
    expect(store.snapshot(counted)).toEqual(["b"]);
    expect(counts.reads).toBe(3);
  });

  it("follows what the type holds only when deep", () => {
    const { cards, card } = board();
    const read = () => cards.get("a")?.get("title");
    const shallow = counting(read);
    const deep = counting(read);
    yValueStore(cards).subscribe(shallow.wake);
    yValueStore(cards, { deep: true }).subscribe(deep.wake);

    card.set("title", "Halte-garderie");
    expect(shallow.counts.wakes).toBe(0);
    expect(deep.counts.wakes).toBe(1);
  });

  it("keeps the previous value when the new one is equal", () => {
    const { cards, card } = board();
    const sameKeys = (a: string[], b: string[]) => a.join() === b.join();
    const store = yValueStore(cards, { deep: true, equals: sameKeys });
    store.subscribe(() => {});
    const read = () => [...cards.keys()];

    const first = store.snapshot(read);
    card.set("title", "Halte-garderie");
    expect(store.snapshot(read)).toBe(first);
    cards.set("b", new Y.Map<string>());
    expect(store.snapshot(read)).not.toBe(first);
  });

  it("reads again with another read function, as when the component's props change", () => {
    const { cards } = board();
    const store = yValueStore(cards);
    store.subscribe(() => {});
    expect(store.snapshot(() => cards.has("a"))).toBe(true);
    expect(store.snapshot(() => cards.has("z"))).toBe(false);
  });

  it("stops following on unsubscribe, and on a new subscription reads what changed meanwhile", () => {
    const { cards } = board();
    const { counts, counted, wake } = counting(() => cards.size);
    const store = yValueStore(cards);
    const unsubscribe = store.subscribe(wake);
    expect(store.snapshot(counted)).toBe(1);
    unsubscribe();

    cards.set("b", new Y.Map<string>());
    expect(counts.wakes).toBe(0);
    store.subscribe(wake);
    expect(store.snapshot(counted)).toBe(2);
  });

  it("follows a whole document: a change to any of its types", () => {
    const doc = new Y.Doc();
    const { counts, counted, wake } = counting(() => doc.getMap("fiches").size + doc.getMap("axes").size);
    const store = yValueStore(doc);
    store.subscribe(wake);
    expect(store.snapshot(counted)).toBe(0);

    doc.getMap("axes").set("axe-1", "Accueil du jeune enfant");
    doc.getMap("fiches").set("fiche-1", "Horaires atypiques");
    expect(counts.wakes).toBe(2);
    expect(store.snapshot(counted)).toBe(2);
  });

  it("without a type yet, reads once and follows nothing", () => {
    const { counts, counted, wake } = counting(() => "");
    const store = yValueStore(undefined);
    store.subscribe(wake)();
    expect(store.snapshot(counted)).toBe("");
    expect(store.snapshot(counted)).toBe("");
    expect(counts.reads).toBe(1);
  });
});

describe("observeY", () => {
  it("hands each transaction's events and tells local changes from remote ones, until stopped", () => {
    const { doc, cards, card } = board();
    const seen: { keys: string[]; local: boolean }[] = [];
    const stop = observeY(
      cards,
      (events, transaction) =>
        seen.push({ keys: events.flatMap((event) => [...event.keys.keys()]), local: transaction.local }),
      true,
    );

    doc.transact(() => {
      card.set("title", "Halte-garderie");
      cards.set("b", new Y.Map<string>());
    });
    const remote = new Y.Doc();
    remote.on("update", (update: Uint8Array) => Y.applyUpdate(doc, update, "provider"));
    remote.getMap("cards").set("c", new Y.Map<string>());
    stop();
    cards.delete("a");

    expect(seen).toEqual([
      { keys: ["b", "title"], local: true },
      { keys: ["c"], local: false },
    ]);
  });
});

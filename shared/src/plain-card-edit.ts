import * as decoding from "lib0/decoding";
import * as Y from "yjs";
import { BODY } from "./board-document.ts";
import { PROTECTED_CARD_FIELDS } from "./board-permissions.ts";
import { CardSchema } from "./card.ts";
import { isPlainRichTextItem } from "./rich-text-schema.ts";
import type { Actor } from "./roles.ts";

/** Where an item of an update lands on the board, when it is inside an existing card. */
type Place = { in: "body" } | { in: "field"; field: string };

/**
 * The card fields anyone who may write may rewrite, with the schema their new value must pass. A citation must
 * also be one of the space's figures, which only the full trial checks.
 */
const PLAIN_FIELDS = new Map(
  Object.entries(CardSchema.shape).filter(
    ([field]) => field !== "id" && field !== "citation" && !PROTECTED_CARD_FIELDS.has(field),
  ),
);

/** Finds an item among the new structs of the update being read (contiguous per client), by any id it covers. */
function newStructAt(structs: Map<number, Y.Item[]>, id: Y.ID): Y.Item | undefined {
  const list = structs.get(id.client);
  const first = list?.[0];
  const last = list?.at(-1);
  if (!list || !first || !last || id.clock < first.id.clock || id.clock >= last.id.clock + last.length)
    return undefined;
  return list[Y.findIndexSS(list, id.clock)];
}

/**
 * Whether the update only rewrites unprotected fields of existing cards with valid values and edits their
 * bodies with what the editors write: what partners do all the time while writing. Such an update is accepted as it is; anything else, or
 * anything this reading cannot place for sure, is tried on a copy of the board (see boardChangeRefusal), which
 * judges it in full. It never accepts what that trial would refuse.
 *
 * It reads the update's items without applying them: each one is placed from the item it was inserted after
 * (or before, or into), which is already on the board or earlier in the same update.
 */
export function isPlainCardEdit(board: Y.Doc, update: Uint8Array, actor: Actor): boolean {
  if (actor.role !== "facilitator" && actor.role !== "partner") return false;
  if (actor.role === "partner" && board.getMap("meta").get("locked") === true) return false;
  const cards = board.getMap("cards");
  let decoded: ReturnType<typeof Y.decodeUpdate>;
  try {
    decoded = Y.decodeUpdate(update);
  } catch {
    return false;
  }
  const { store } = board;
  const isCardMap = (type: Y.AbstractType<unknown>) =>
    type instanceof Y.Map && type._item !== null && type._item.parent === cards && !type._item.deleted;

  /** The place of whatever is inserted into `type` (under `key` for a map), or null when it is not plain. */
  const placeIn = (type: Y.AbstractType<unknown>, key: string | null): Place | null => {
    if (isCardMap(type))
      return key === null || key === BODY || !PLAIN_FIELDS.has(key) ? null : { in: "field", field: key };
    for (let inner = type; inner._item !== null; ) {
      const holder = inner._item.parent;
      if (!(holder instanceof Y.AbstractType)) return null;
      if (inner._item.parentSub === BODY && isCardMap(holder)) return { in: "body" };
      inner = holder;
    }
    return null;
  };
  const storedItem = (id: Y.ID): Y.Item | null => {
    if (id.clock >= Y.getState(store, id.client)) return null;
    const struct = Y.getItem(store, id);
    return struct instanceof Y.Item ? struct : null;
  };
  const placeOfStored = (item: Y.Item): Place | null =>
    item.parent instanceof Y.AbstractType ? placeIn(item.parent, item.parentSub) : null;

  const places = new Map<Y.Item, Place>();
  const newStructs = new Map<number, Y.Item[]>();
  /** Card field values this update replaces: only those may be deleted, so that every field keeps a value. */
  const replaced = new Set<Y.Item>();
  /** The place of an item referred to by id, on the board or earlier in this update. */
  const placeOf = (id: Y.ID): Place | null => {
    const earlier = newStructAt(newStructs, id);
    if (earlier) return places.get(earlier) ?? null;
    const stored = storedItem(id);
    return stored && placeOfStored(stored);
  };
  const placeOfNew = (item: Y.Item): Place | null => {
    // Yjs takes an item's parent from the item it follows, else from the one it precedes, else from its own record.
    const neighbour = item.origin ?? item.rightOrigin;
    if (neighbour) return placeOf(neighbour);
    if (!(item.parent instanceof Y.ID)) return null;
    const earlier = newStructAt(newStructs, item.parent);
    if (earlier) return earlier.content instanceof Y.ContentType ? (places.get(earlier) ?? null) : null;
    const parent = storedItem(item.parent);
    return parent?.content instanceof Y.ContentType ? placeIn(parent.content.type, item.parentSub) : null;
  };
  for (const struct of decoded.structs) {
    if (!(struct instanceof Y.Item)) return false;
    const { client, clock } = struct.id;
    const previous = newStructs.get(client)?.at(-1);
    const expected = previous ? previous.id.clock + previous.length : Y.getState(store, client);
    // Yjs still reads the neighbours of an item it already has, and integrates an empty one: the trial sees to them.
    if (struct.length === 0 || clock !== expected) return false;
    const place = placeOfNew(struct);
    if (!place || (place.in === "body" && !isPlainRichTextItem(struct))) return false;
    if (place.in === "field") {
      const value = struct.content instanceof Y.ContentAny ? struct.content.arr : [];
      if (value.length !== 1 || !PLAIN_FIELDS.get(place.field)?.safeParse(value[0]).success) return false;
      const overwritten = struct.origin && storedItem(struct.origin);
      if (overwritten) replaced.add(overwritten);
    }
    places.set(struct, place);
    const list = newStructs.get(client);
    if (list) list.push(struct);
    else newStructs.set(client, [struct]);
  }

  // Yjs keeps only the last section of a client listed twice, which decodeUpdate runs together with the others.
  if (newStructs.size !== decoding.readVarUint(decoding.createDecoder(update))) return false;

  for (const [client, ranges] of decoded.ds.clients) {
    for (const { clock, len } of ranges) {
      if (len === 0 || clock + len > Y.getState(store, client)) return false;
      for (let at = clock; at < clock + len; ) {
        const struct = Y.getItem(store, Y.createID(client, at));
        at = struct.id.clock + struct.length;
        if (!(struct instanceof Y.Item) || struct.deleted) continue;
        const place = placeOfStored(struct);
        if (!place || (place.in === "field" && !replaced.has(struct))) return false;
      }
    }
  }
  return true;
}

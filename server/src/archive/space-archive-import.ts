import {
  boardDocumentName,
  type CreatedSpaceView,
  MAX_SERVICES_PER_SPACE,
  planDocumentName,
  type SpaceArchive,
  SpaceArchiveSchema,
} from "@atelier/shared";
import * as Y from "yjs";
import { type Outcome, refused, refusedFields } from "../outcome.ts";
import { hashSecret, newId, newSecret } from "../spaces/secrets.ts";
import type { FoundSpace, SpaceService } from "../spaces/space-service.ts";
import type { BoardRecord } from "../store/space-store.ts";
import type { Store } from "../store/store.ts";
import { decodeState, type IdMap, remapBoard, remapPlan, sourceWithNewBoard } from "./archive-documents.ts";

/** What a failure names at most: enough to find the fault, short enough to read. */
const ISSUES_SHOWN = 5;

/** Each archived id and the new one it gets here. */
const freshIds = (items: readonly { id: string }[]): IdMap => new Map(items.map((item) => [item.id, newId()]));

function newIdOf(ids: IdMap, id: string): string;
function newIdOf(ids: IdMap, id: string | null): string | null;
function newIdOf(ids: IdMap, id: string | null): string | null {
  // The archive's schema has checked that every reference names something it holds.
  return id === null ? null : (ids.get(id) as string);
}

/** Reads an archive's JSON text: the archive, or why it cannot be imported (in French). */
export function readSpaceArchive(text: string): Outcome<SpaceArchive> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return refused(400, "archiveNotJson");
  }
  const parsed = SpaceArchiveSchema.safeParse(json);
  if (!parsed.success) {
    return refusedFields("archiveInvalid", parsed.error.issues.slice(0, ISSUES_SHOWN));
  }
  if (parsed.data.territoryServices.length > MAX_SERVICES_PER_SPACE) {
    return refused(400, "archiveTooManyServices", { maximum: MAX_SERVICES_PER_SPACE });
  }
  return { ok: true, value: parsed.data };
}

/** The documents of the archive with the new ids in them, encoded; or the first one that cannot be read. */
function rewriteDocuments(
  archive: SpaceArchive,
  ids: ImportIds,
): Outcome<{ boards: Uint8Array[]; plan: Uint8Array; versions: Uint8Array[] }> {
  const rewrite = (state: string, change: (doc: Y.Doc) => void) => {
    const doc = decodeState(state);
    if (!doc) return undefined;
    change(doc);
    return Y.encodeStateAsUpdate(doc);
  };
  const cited = { indicators: ids.indicators, services: ids.services };
  const boards: Uint8Array[] = [];
  for (const board of archive.boards) {
    const state = rewrite(board.state, (doc) => remapBoard(doc, cited));
    if (!state) return refused(400, "archiveBoardUnreadable", { theme: board.theme });
    boards.push(state);
  }
  const plan = rewrite(archive.plan.state, (doc) => remapPlan(doc, ids.boards));
  if (!plan) return refused(400, "archivePlanUnreadable");
  const versions: Uint8Array[] = [];
  for (const version of archive.planVersions) {
    const state = rewrite(version.state, (doc) => remapPlan(doc, ids.boards));
    if (!state) return refused(400, "archiveVersionUnreadable", { label: version.label });
    versions.push(state);
  }
  return { ok: true, value: { boards, plan, versions } };
}

interface ImportIds {
  space: string;
  boards: IdMap;
  meetings: IdMap;
  versions: IdMap;
  indicators: IdMap;
  services: IdMap;
}

/**
 * Creates a new space from an archive, with new ids for everything and every reference rewritten to them (inside the
 * documents too), and a new facilitator secret, returned once. Everything is read and rewritten before anything is
 * written; should the store fail half-way, the new space is deleted again.
 */
export async function importSpaceArchive(
  store: Store,
  spaces: SpaceService,
  archive: SpaceArchive,
): Promise<Outcome<CreatedSpaceView>> {
  const ids: ImportIds = {
    space: newId(),
    boards: freshIds(archive.boards),
    meetings: freshIds(archive.meetings),
    versions: freshIds(archive.planVersions),
    indicators: freshIds(archive.indicators),
    services: freshIds(archive.territoryServices),
  };
  const documents = rewriteDocuments(archive, ids);
  if (!documents.ok) return documents;
  const facilitatorSecret = newSecret();
  const spaceId = ids.space;
  const now = Date.now();
  const boards = archive.boards.map(
    ({ state: _, ...board }): BoardRecord => ({ ...board, id: newIdOf(ids.boards, board.id), spaceId }),
  );
  await store.spaces.create(
    {
      id: spaceId,
      name: archive.space.name,
      periodStart: archive.space.period.start,
      periodEnd: archive.space.period.end,
      territory: archive.space.territory,
      parties: archive.space.parties,
      facilitatorSecretHash: hashSecret(facilitatorSecret),
      createdAt: archive.space.createdAt,
    },
    boards,
  );
  try {
    await writeRecords(store, archive, ids, now);
    for (const [index, board] of boards.entries()) {
      await store.documents.compact(
        boardDocumentName(spaceId, board.id),
        documents.value.boards[index] as Uint8Array,
        0,
      );
    }
    await store.documents.compact(planDocumentName(spaceId), documents.value.plan, 0);
    for (const [index, version] of archive.planVersions.entries()) {
      await store.planVersions.add({
        id: newIdOf(ids.versions, version.id),
        spaceId,
        label: version.label,
        meetingId: newIdOf(ids.meetings, version.meetingId),
        createdAt: version.createdAt,
        state: documents.value.versions[index] as Uint8Array,
        fichesJson: JSON.stringify(
          version.fiches.map((fiche) =>
            fiche.sources
              ? { ...fiche, sources: fiche.sources.map((source) => sourceWithNewBoard(source, ids.boards)) }
              : fiche,
          ),
        ),
      });
    }
    await writeSignatures(store, archive, ids);
  } catch (error) {
    await store.spaces.delete(spaceId);
    throw error;
  }
  const space = await spaces.withLinks((await spaces.find(spaceId)) as FoundSpace);
  return { ok: true, value: { ...space, facilitatorSecret } };
}

async function writeRecords(store: Store, archive: SpaceArchive, ids: ImportIds, now: number): Promise<void> {
  const spaceId = ids.space;
  for (const meeting of archive.meetings) {
    await store.governance.addMeeting({
      ...meeting,
      id: newIdOf(ids.meetings, meeting.id),
      spaceId,
      boardId: newIdOf(ids.boards, meeting.boardId),
    });
  }
  await store.governance.updatePlanning(spaceId, archive.demarche.planning);
  for (const reopening of archive.demarche.reopenings)
    await store.governance.addReopening(spaceId, { ...reopening, id: newId() });
  const indicatorIds = archive.indicators.map((indicator) => newIdOf(ids.indicators, indicator.id));
  // The rows are unique by label, theme and year (the schema checks): each is inserted under its new id, in order.
  await store.indicators.upsert(
    spaceId,
    archive.indicators.map(({ id: _, ...indicator }) => indicator),
    () => indicatorIds.shift() as string,
  );
  for (const entry of archive.bilan.entries) await store.bilan.putEntry(spaceId, entry);
  for (const impact of archive.bilan.impacts) {
    await store.bilan.putImpact(spaceId, {
      ...impact,
      territorialIndicatorId: newIdOf(ids.indicators, impact.territorialIndicatorId),
    });
  }
  for (const { answers, closedAt, ...questionnaire } of archive.satisfaction) {
    // Its former link is not carried over: a facilitator opens it again for a new one.
    await store.satisfaction.open({ ...questionnaire, spaceId, tokenHash: hashSecret(newSecret()) });
    for (const answer of answers) await store.satisfaction.addAnswer(spaceId, questionnaire.year, newId(), answer);
    if (closedAt !== null) await store.satisfaction.close(spaceId, questionnaire.year, closedAt);
  }
  for (const [index, service] of archive.territoryServices.entries()) {
    const id = newIdOf(ids.services, service.id);
    // Listed in the order they were recorded: the archive's.
    await store.territoryServices.add({ ...service, id, spaceId, createdAt: now + index }, MAX_SERVICES_PER_SPACE);
  }
}

/** The withdrawn signatures first, each withdrawn again as it was, so that the one in force is signed last. */
async function writeSignatures(store: Store, archive: SpaceArchive, ids: ImportIds): Promise<void> {
  const ordered = [...archive.signatures].sort((a, b) => Number(a.withdrawn === null) - Number(b.withdrawn === null));
  for (const signature of ordered) {
    await store.signatures.sign(ids.space, {
      ...signature,
      id: newId(),
      versionId: newIdOf(ids.versions, signature.versionId),
      meetingId: newIdOf(ids.meetings, signature.meetingId),
    });
    if (signature.withdrawn)
      await store.signatures.withdraw(ids.space, signature.withdrawn.at, signature.withdrawn.reason);
  }
}

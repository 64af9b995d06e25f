import {
  boardDocumentName,
  planDocumentName,
  SPACE_ARCHIVE_FORMAT,
  SPACE_ARCHIVE_VERSION,
  type SpaceArchive,
} from "@atelier/shared";
import * as Y from "yjs";
import type { DocumentWriter } from "../collab/document-writer.ts";
import type { Store } from "../store/store.ts";
import { encodeState, toBase64, withoutPseudonyms } from "./archive-documents.ts";

/**
 * Writes one space as one archive (see shared/src/space-archive.ts). Documents are read through the server, so edits
 * not yet compacted into a snapshot are in it. Without `pseudonyms`, cards are signed with their author's role and no
 * participant is listed.
 */
export async function exportSpaceArchive(
  store: Store,
  writer: DocumentWriter,
  spaceId: string,
  pseudonyms: boolean,
): Promise<SpaceArchive | undefined> {
  const space = await store.spaces.get(spaceId);
  if (!space) return undefined;
  const authors = new Map<string, string>();
  const boardState = async (name: string) => {
    const state = await writer.transact(name, (doc) => Y.encodeStateAsUpdate(doc));
    if (pseudonyms) return toBase64(state);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, state);
    withoutPseudonyms(copy, authors);
    return encodeState(copy);
  };
  const boards = [];
  for (const board of await store.spaces.listBoards(spaceId)) {
    const { id, theme, description, position, archived, createdAt } = board;
    boards.push({
      id,
      theme,
      description,
      position,
      archived,
      createdAt,
      state: await boardState(boardDocumentName(spaceId, id)),
    });
  }
  const planState = await writer.transact(planDocumentName(spaceId), (doc) => encodeState(doc));
  const planVersions = [];
  for (const { id } of await store.planVersions.list(spaceId)) {
    const version = await store.planVersions.get(spaceId, id);
    if (!version) continue;
    planVersions.push({
      id,
      label: version.label,
      meetingId: version.meetingId,
      createdAt: version.createdAt,
      state: toBase64(version.state),
      fiches: JSON.parse(version.fichesJson) as SpaceArchive["planVersions"][number]["fiches"],
    });
  }
  const satisfaction = [];
  for (const questionnaire of await store.satisfaction.list(spaceId)) {
    const { year, questions, openedAt, closedAt } = questionnaire;
    satisfaction.push({
      year,
      questions,
      openedAt,
      closedAt,
      answers: await store.satisfaction.answers(spaceId, year),
    });
  }
  const participants = pseudonyms
    ? (await store.invitations.listParticipants(spaceId)).map(({ id, displayName, organisation, role, createdAt }) => ({
        id,
        displayName,
        organisation,
        role,
        joinedAt: createdAt,
      }))
    : undefined;
  return {
    format: SPACE_ARCHIVE_FORMAT,
    version: SPACE_ARCHIVE_VERSION,
    exportedAt: Date.now(),
    pseudonyms,
    space: {
      name: space.name,
      period: { start: space.periodStart, end: space.periodEnd },
      territory: space.territory,
      parties: space.parties,
      createdAt: space.createdAt,
    },
    boards,
    plan: { state: planState },
    planVersions,
    signatures: await store.signatures.list(spaceId),
    meetings: (await store.governance.listMeetings(spaceId)).map(({ spaceId: _, ...meeting }) => meeting),
    demarche: {
      planning: await store.governance.planning(spaceId),
      reopenings: await store.governance.listReopenings(spaceId),
    },
    indicators: (await store.indicators.list(spaceId)).map(
      ({ id, label, theme, year, unit, source, values, updatedAt }) => ({
        id,
        label,
        theme,
        year,
        unit,
        source,
        values,
        updatedAt,
      }),
    ),
    bilan: { entries: await store.bilan.listEntries(spaceId), impacts: await store.bilan.listImpacts(spaceId) },
    satisfaction,
    // Its theme follows its kind: not a record of its own.
    territoryServices: (await store.territoryServices.list(spaceId)).map(({ themeHint: _, ...service }) => service),
    ...(participants && { participants }),
  };
}

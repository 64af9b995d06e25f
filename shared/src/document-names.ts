/**
 * Names of the Yjs documents, as the HTTP API hands them out and the sync server accepts them.
 * The space id is part of every name so that a token can be checked against the space it belongs to.
 */
export type DocumentRef = { kind: "board"; spaceId: string; boardId: string } | { kind: "plan"; spaceId: string };

const ID = "[A-Za-z0-9_-]{1,64}";
const BOARD_NAME = new RegExp(`^space/(${ID})/board/(${ID})$`);
const PLAN_NAME = new RegExp(`^space/(${ID})/plan$`);

export function boardDocumentName(spaceId: string, boardId: string): string {
  return `space/${spaceId}/board/${boardId}`;
}

export function planDocumentName(spaceId: string): string {
  return `space/${spaceId}/plan`;
}

export function parseDocumentName(name: string): DocumentRef | undefined {
  const board = BOARD_NAME.exec(name);
  if (board?.[1] && board[2]) return { kind: "board", spaceId: board[1], boardId: board[2] };
  const plan = PLAN_NAME.exec(name);
  if (plan?.[1]) return { kind: "plan", spaceId: plan[1] };
  return undefined;
}

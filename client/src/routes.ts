export const homePath = "/";

export function spacePath(spaceId: string): string {
  return `/espaces/${encodeURIComponent(spaceId)}`;
}

export function boardPath(spaceId: string, boardId: string): string {
  return `${spacePath(spaceId)}/tableaux/${encodeURIComponent(boardId)}`;
}

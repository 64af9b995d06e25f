export const homePath = "/";

export function spacePath(spaceId: string): string {
  return `/espaces/${encodeURIComponent(spaceId)}`;
}

export function boardPath(spaceId: string, boardId: string): string {
  return `${spacePath(spaceId)}/tableaux/${encodeURIComponent(boardId)}`;
}

export function planPath(spaceId: string): string {
  return `${spacePath(spaceId)}/plan`;
}

export function indicatorsPath(spaceId: string): string {
  return `${spacePath(spaceId)}/indicateurs`;
}

/** Where an invitation link lands: the link's token travels in the fragment. */
export const joinPath = "/rejoindre";

/** The habitants' page, made for a phone: their boards, their contributions, their votes. */
export function participationPath(spaceId: string): string {
  return `/participer/${encodeURIComponent(spaceId)}`;
}

export function participationBoardPath(spaceId: string, boardId: string): string {
  return `${participationPath(spaceId)}/${encodeURIComponent(boardId)}`;
}

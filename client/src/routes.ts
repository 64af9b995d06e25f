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

export function diagnosticPath(spaceId: string): string {
  return `${spacePath(spaceId)}/diagnostic`;
}

/** Where an invitation link lands: the link's token travels in the fragment. */
export const joinPath = "/rejoindre";

/** Short enough to type from the projector: a page asking for the code shown on screen. */
export const codePath = "/c";

/** Straight to the join page with the code (the short address the projector's QR code holds). */
export function codeJoinPath(code: string): string {
  return `${codePath}/${encodeURIComponent(code)}`;
}

/** Where the partners' satisfaction questionnaire is answered, on a phone: the link's token is in the fragment. */
export const questionnairePath = "/questionnaire";

/** The habitants' page, made for a phone: their boards, their contributions, their votes. */
export function participationPath(spaceId: string): string {
  return `/participer/${encodeURIComponent(spaceId)}`;
}

export function participationBoardPath(spaceId: string, boardId: string): string {
  return `${participationPath(spaceId)}/${encodeURIComponent(boardId)}`;
}

/** A space's public page "Ce que nous avons retenu", read without an account: its slug is its only key. */
export function publicPagePath(slug: string): string {
  return `/retenu/${encodeURIComponent(slug)}`;
}

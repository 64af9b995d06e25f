/**
 * The pages habitants open on a phone, often on a slow network: an invitation link, the projector's short address,
 * their participation page and the public page. The server sends them the phones' build (client/build/phone-build.ts),
 * which reloads from the server any other page a link leads to. Paths as regular expressions, read by the build
 * scripts and, through the build's pages.json, by the server.
 */
export const JOIN_PAGE = "^/rejoindre/?$";
export const CODE_JOIN_PAGE = "^/c(?:/[^/]+)?/?$";
export const PARTICIPATION_PAGE = "^/participer/[^/]+(?:/[^/]+)?/?$";
export const PUBLIC_PAGE = "^/retenu/[^/]+/?$";

export const PHONE_PAGES = [JOIN_PAGE, CODE_JOIN_PAGE, PARTICIPATION_PAGE, PUBLIC_PAGE] as const;

export function isPhonePage(path: string): boolean {
  return PHONE_PAGES.some((page) => new RegExp(page).test(path));
}

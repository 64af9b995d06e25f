import type { Plugin, Rolldown } from "vite";
import {
  FACILITATOR_SECRET_PARAM,
  FACILITATOR_STORAGE_PREFIX,
  INVITATION_TOKEN_PARAM,
  PARTICIPANT_STORAGE_PREFIX,
} from "../src/access/access-names.ts";
import { EARLY_REQUESTS } from "../src/api/early-requests.ts";
import { LANGUAGE_STORAGE_KEY } from "../src/i18n/language.ts";
import { CODE_JOIN_PAGE, JOIN_PAGE, PARTICIPATION_PAGE, PHONE_PAGES, PUBLIC_PAGE } from "../src/phone-pages.ts";

/** A board asks the server first thing, as the join page (an invitation link) and the participation page do. */
const BOARD_PAGE = "^/espaces/[^/]+/tableaux/[^/]+/?$";

/**
 * The pages opened straight from a link or a bookmark (the address's path as a regular expression, and the modules
 * app.tsx loads apart for it): habitants' pages on phones, and the facilitators' board, plan and space pages. The
 * board's live part comes after its first screen, but is wanted at once.
 */
const LINKED_PAGES: readonly [path: string, ...modules: string[]][] = [
  ["^/$", "src/spaces/home-page.tsx"],
  [JOIN_PAGE, "src/join/join-page.tsx"],
  [CODE_JOIN_PAGE, "src/join/code-join-page.tsx"],
  [PARTICIPATION_PAGE, "src/participation/participation-page.tsx"],
  ["^/questionnaire/?$", "src/satisfaction/satisfaction-page.tsx"],
  [PUBLIC_PAGE, "src/public-page/public-page.tsx"],
  ["^/espaces/[^/]+/?$", "src/spaces/space-page.tsx"],
  [BOARD_PAGE, "src/board/board-page.tsx", "src/board/live-board.tsx"],
  ["^/espaces/[^/]+/plan/?$", "src/plan/plan-page.tsx"],
];
/** The phone pages among them (src/phone-pages.ts). */
export const PHONE_LINKED_PAGES = LINKED_PAGES.filter(([path]) => (PHONE_PAGES as readonly string[]).includes(path));

/**
 * The words, and the refusals' words the forms read as they load (src/i18n/refusal-words.ts): without them here, a
 * page with a form would wait for one more download once its modules have come.
 */
const DICTIONARIES = {
  fr: ["src/i18n/fr.ts", "src/i18n/fr-refusal-words.ts"],
  en: ["src/i18n/en.ts", "src/i18n/en-refusal-words.ts"],
};
/** The phone pages' words, all the phones' build downloads: their forms' checks and refusals' words come later. */
const PHONE_DICTIONARIES = { fr: ["src/i18n/fr-phone.ts"], en: ["src/i18n/en-phone.ts"] };

function chunkOf(bundle: Rolldown.OutputBundle, module: string): Rolldown.OutputChunk {
  const chunk = Object.values(bundle).find(
    (file): file is Rolldown.OutputChunk =>
      file.type === "chunk" && (file.facadeModuleId?.endsWith(`/${module}`) ?? false),
  );
  if (!chunk) throw new Error(`page-preloads: no chunk is built for ${module}; is it still loaded lazily?`);
  return chunk;
}

/** The chunk's file, those it imports statically and their stylesheets, less those the entry brings anyway. */
function filesOf(bundle: Rolldown.OutputBundle, chunk: Rolldown.OutputChunk, skip: ReadonlySet<string>): string[] {
  const files = new Set<string>();
  const visit = (name: string) => {
    if (files.has(name) || skip.has(name)) return;
    files.add(name);
    const file = bundle[name];
    if (file?.type !== "chunk") return;
    for (const imported of file.imports) visit(imported);
    for (const stylesheet of file.viteMetadata?.importedCss ?? []) visit(stylesheet);
  };
  visit(chunk.fileName);
  return [...files];
}

/** The files of these modules' chunks, each once. */
function filesOfModules(
  bundle: Rolldown.OutputBundle,
  modules: readonly string[],
  skip: ReadonlySet<string>,
): string[] {
  return [...new Set(modules.flatMap((module) => filesOf(bundle, chunkOf(bundle, module), skip)))];
}

/**
 * Lets index.html fetch, along with the entry, the chunks and styles of the page its address shows and the
 * dictionary of the chosen language. Without it they are asked for only once the entry has run, and a phone on a slow
 * network waits for two rounds of downloads instead of one. The join, participation and board pages' first questions to the server
 * are sent along, for the page to take the answers (src/api/early-requests.ts); a failure is left to the page to report.
 */
export function pagePreloads(): Plugin {
  let base = "/";
  // The phones' build draws the phone pages only: it names no other page's files (build/phone-build.ts).
  let linked = LINKED_PAGES;
  let dictionaryModules = DICTIONARIES;
  return {
    name: "atelier-page-preloads",
    apply: "build",
    configResolved(config) {
      base = config.base;
      if (config.mode !== "phone") return;
      linked = PHONE_LINKED_PAGES;
      dictionaryModules = PHONE_DICTIONARIES;
    },
    transformIndexHtml: {
      order: "post",
      handler(html, context) {
        const bundle = context.bundle;
        const entry = context.chunk;
        if (!bundle || !entry) return html;
        const withEntry = new Set(filesOf(bundle, entry, new Set()));
        const pages = linked.map(([path, ...modules]) => [path, filesOfModules(bundle, modules, withEntry)]);
        const dictionaries = Object.fromEntries(
          Object.entries(dictionaryModules).map(([language, modules]) => [
            language,
            filesOfModules(bundle, modules, withEntry),
          ]),
        );
        // The language is chosen as chosenLanguage() does (src/i18n/language.ts), written out again because this
        // script runs before any module: change both together, or the page preloads one dictionary and loads the other.
        // So are the early requests: keyed as earlyRequestKey() keys them, sent as request.ts sends them, with the
        // token useSpaceAccess() chooses: a facilitator link's or stored secret, else the personal token
        // storedParticipantAccess() reads (a page that asks otherwise simply sends its own request).
        const script = `(() => {
  const pages = ${JSON.stringify(pages)};
  const dictionaries = ${JSON.stringify(dictionaries)};
  let language = "fr";
  try { language = localStorage.getItem(${JSON.stringify(LANGUAGE_STORAGE_KEY)}) === "en" ? "en" : "fr"; } catch {}
  const page = pages.find(([path]) => new RegExp(path).test(location.pathname));
  const early = (window[${JSON.stringify(EARLY_REQUESTS)}] = {});
  const send = (method, path, token, body) => {
    const headers = { Accept: "application/json" };
    if (token) headers.Authorization = "Bearer " + token;
    if (body) headers["Content-Type"] = "application/json";
    const response = fetch("/api" + path, { method, headers, body });
    response.catch(() => {});
    early[JSON.stringify([method, path, token, body])] = response;
  };
  if (page?.[0] === ${JSON.stringify(JOIN_PAGE)}) {
    const token = new URLSearchParams(location.hash.slice(1)).get(${JSON.stringify(INVITATION_TOKEN_PARAM)});
    if (token) send("POST", "/join/preview", null, JSON.stringify({ token }));
  } else if (page?.[0] === ${JSON.stringify(PARTICIPATION_PAGE)} || page?.[0] === ${JSON.stringify(BOARD_PAGE)}) {
    const [, , spaceId, , boardId] = location.pathname.split("/");
    send("GET", "/spaces/" + spaceId, null, null);
    let token = null;
    try {
      token = page[0] === ${JSON.stringify(BOARD_PAGE)} &&
        (new URLSearchParams(location.hash.slice(1)).get(${JSON.stringify(FACILITATOR_SECRET_PARAM)}) ||
          localStorage.getItem(${JSON.stringify(FACILITATOR_STORAGE_PREFIX)} + spaceId));
      token ||= JSON.parse(localStorage.getItem(${JSON.stringify(PARTICIPANT_STORAGE_PREFIX)} + spaceId)).token;
    } catch {}
    if (typeof token === "string" && token) {
      send("GET", "/spaces/" + spaceId + "/me", token, null);
      if (boardId) send("GET", "/spaces/" + spaceId + "/boards/" + boardId + "/first-screen", token, null);
    }
  }
  for (const file of [...dictionaries[language], ...(page ? page[1] : [])]) {
    const link = document.createElement("link");
    link.rel = file.endsWith(".css") ? "preload" : "modulepreload";
    if (file.endsWith(".css")) link.as = "style";
    link.crossOrigin = "";
    link.href = ${JSON.stringify(base)} + file;
    document.head.append(link);
  }
})();`;
        // Before the frame's stylesheet, which would hold the script back until it has come (a script waits for the
        // stylesheets above it). A page's stylesheets are only fetched here: the app puts them in when it loads the
        // page, after the frame's.
        const stylesheet = html.indexOf('<link rel="stylesheet"');
        if (stylesheet < 0) throw new Error("page-preloads: index.html has no stylesheet to put the script before");
        return `${html.slice(0, stylesheet)}<script>${script}</script>\n    ${html.slice(stylesheet)}`;
      },
    },
  };
}

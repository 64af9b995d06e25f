import type { Plugin, Rolldown } from "vite";
import { LANGUAGE_STORAGE_KEY } from "../src/i18n/language.ts";

/**
 * The pages opened straight from a link or a bookmark (the address's path as a regular expression, and the module
 * app.tsx loads lazily for it): habitants' pages on phones, and the facilitators' board, plan and space pages.
 */
const LINKED_PAGES: readonly [path: string, module: string][] = [
  ["^/$", "src/spaces/home-page.tsx"],
  ["^/rejoindre/?$", "src/join/join-page.tsx"],
  ["^/c(?:/[^/]+)?/?$", "src/join/code-join-page.tsx"],
  ["^/participer/[^/]+(?:/[^/]+)?/?$", "src/participation/participation-page.tsx"],
  ["^/questionnaire/?$", "src/satisfaction/satisfaction-page.tsx"],
  ["^/retenu/[^/]+/?$", "src/public-page/public-page.tsx"],
  ["^/espaces/[^/]+/?$", "src/spaces/space-page.tsx"],
  ["^/espaces/[^/]+/tableaux/[^/]+/?$", "src/board/board-page.tsx"],
  ["^/espaces/[^/]+/plan/?$", "src/plan/plan-page.tsx"],
];
const DICTIONARIES = { fr: "src/i18n/fr.ts", en: "src/i18n/en.ts" };

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

/**
 * Lets index.html fetch, along with the entry, the chunks and styles of the page its address shows and the
 * dictionary of the chosen language. Without it they are asked for only once the entry has run, and a phone on a slow network waits
 * for two rounds of downloads instead of one.
 */
export function pagePreloads(): Plugin {
  return {
    name: "atelier-page-preloads",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(html, context) {
        const bundle = context.bundle;
        const entry = context.chunk;
        if (!bundle || !entry) return html;
        const withEntry = new Set(filesOf(bundle, entry, new Set()));
        const pages = LINKED_PAGES.map(([path, module]) => [path, filesOf(bundle, chunkOf(bundle, module), withEntry)]);
        const dictionaries = Object.fromEntries(
          Object.entries(DICTIONARIES).map(([language, module]) => [
            language,
            filesOf(bundle, chunkOf(bundle, module), withEntry),
          ]),
        );
        const script = `(() => {
  const pages = ${JSON.stringify(pages)};
  const dictionaries = ${JSON.stringify(dictionaries)};
  let language = "fr";
  try { language = localStorage.getItem(${JSON.stringify(LANGUAGE_STORAGE_KEY)}) === "en" ? "en" : "fr"; } catch {}
  const page = pages.find(([path]) => new RegExp(path).test(location.pathname));
  for (const file of [...dictionaries[language], ...(page ? page[1] : [])]) {
    const link = document.createElement("link");
    link.rel = file.endsWith(".css") ? "stylesheet" : "modulepreload";
    link.crossOrigin = "";
    link.href = "/" + file;
    document.head.append(link);
  }
})();`;
        // After the entry's tags, so that a page's stylesheets come after the frame's, as when the app loads them itself.
        return [{ tag: "script", children: script, injectTo: "head" }];
      },
    },
  };
}

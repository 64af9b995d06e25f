import type { Plugin, UserConfig } from "vite";
import { PHONE_PAGES } from "../src/phone-pages.ts";
import { PHONE_LINKED_PAGES } from "./page-preloads.ts";

/** The folder and address of the phones' build, under the main build's. */
export const PHONE_DIR = "phone";

/**
 * React's API on Preact's runtime: React DOM alone weighs 64 KB compressed, more than a phone on slow 3G downloads
 * in a second; Preact with its compatibility layer weighs 15 KB. The pages are the same components.
 */
const PREACT_FOR_REACT = {
  "react-dom/client": "preact/compat/client",
  "react-dom": "preact/compat",
  "react/jsx-runtime": "preact/jsx-runtime",
  "react/jsx-dev-runtime": "preact/jsx-dev-runtime",
  react: "preact/compat",
};

/** The modules of the phone pages, as the app loads them apart. */
const PHONE_PAGE_MODULES = PHONE_LINKED_PAGES.flatMap(([, ...modules]) => modules);

/** Tells the server which paths get this build: the phone pages, as their patterns (server/src/http/static-client.ts). */
function phonePagesManifest(): Plugin {
  return {
    name: "atelier-phone-pages",
    apply: "build",
    generateBundle() {
      this.emitFile({ type: "asset", fileName: "pages.json", source: JSON.stringify(PHONE_PAGES) });
    },
  };
}

/**
 * `vite build --mode phone`: the app built again for the phone pages, into dist/phone, its files under /phone/.
 * Pages are the same code; only the runtime under React's API changes.
 */
export function phoneBuild(): UserConfig {
  return {
    base: `/${PHONE_DIR}/`,
    publicDir: false,
    resolve: { alias: PREACT_FOR_REACT },
    plugins: [phonePagesManifest()],
    build: {
      outDir: `dist/${PHONE_DIR}`,
      rolldownOptions: {
        output: {
          // The phone pages and all they import in one file: over HTTP/1.1 a phone waits for its six connections,
          // each request paying the network's latency, and after joining the participation page is already there.
          // What they load apart (the live board with Yjs, the other language's words) stays apart.
          codeSplitting: {
            groups: [
              { name: "phone-pages", test: (id) => PHONE_PAGE_MODULES.some((module) => id.endsWith(`/${module}`)) },
            ],
          },
        },
      },
    },
  };
}

import react from "@vitejs/plugin-react";
import { defineConfig, mergeConfig, type UserConfig } from "vite";
import { pagePreloads } from "./build/page-preloads.ts";
import { phoneBuild } from "./build/phone-build.ts";
import { precompress } from "./build/precompress.ts";

/** In development the API and the sync server run apart (pnpm dev, port 8080); in production they serve this build. */
const server = "http://localhost:8080";

/** The workspace's shared domain, as the client imports it from source. */
const SHARED_SOURCE = /^(?!.*node_modules).*\/shared\/src\//;

const app: UserConfig = {
  plugins: [react(), pagePreloads(), precompress()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    rolldownOptions: {
      // shared/ is pure (no I/O, nothing done on import): a page takes only the shared modules it uses, so the join
      // page does not carry the boards' Yjs code along with the words of its form.
      treeshake: { moduleSideEffects: [{ test: SHARED_SOURCE, sideEffects: false }] },
      output: {
        // Phones reach this server over HTTP/1.1, six requests at a time, each paying the network's latency: the
        // frame (React, the router, the app's shell) comes in one file, and common chunks too small to be worth a
        // request of their own are copied into the pages that use them.
        codeSplitting: {
          groups: [{ name: "frame", tags: ["$initial"] }],
          experimentalInlineCommonChunks: { maxSize: 16 * 1024 },
        },
      },
    },
  },
  server: {
    proxy: {
      "/api": server,
      "/collab": { target: server, ws: true },
    },
  },
};

// `vite build` builds the app; `vite build --mode phone` builds it again for the phone pages (build/phone-build.ts).
export default defineConfig(({ mode }) => (mode === "phone" ? mergeConfig(app, phoneBuild()) : app));

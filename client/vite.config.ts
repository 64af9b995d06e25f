import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";

/** In development the API and the sync server run apart (pnpm dev, port 8080); in production they serve this build. */
const server = "http://localhost:8080";

/** The workspace's shared domain, as the client imports it from source. */
const SHARED_SOURCE = /^(?!.*node_modules).*\/shared\/src\//;

/** Text files worth compressing; images other than SVG are compressed already. */
const COMPRESSIBLE = /\.(?:js|css|html|svg|json|txt)$/;
/** Below this, the compressed copy saves less than a packet. */
const MIN_BYTES = 1024;

/**
 * Writes a brotli (.br) and a gzip (.gz) copy next to each text file of the build, compressed once at their best
 * levels, so that the server sends phones about a quarter of the bytes without compressing them on every request.
 */
function precompress(): Plugin {
  const toBrotli = promisify(brotliCompress);
  const toGzip = promisify(gzip);
  return {
    name: "atelier-precompress",
    apply: "build",
    async writeBundle(options, bundle) {
      const outDir = options.dir ?? "dist";
      await Promise.all(
        Object.keys(bundle)
          .filter((file) => COMPRESSIBLE.test(file))
          .map(async (file) => {
            const path = join(outDir, file);
            const content = await readFile(path);
            if (content.length < MIN_BYTES) return;
            const [brotli, gzipped] = await Promise.all([
              toBrotli(content, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } }),
              toGzip(content, { level: constants.Z_BEST_COMPRESSION }),
            ]);
            await Promise.all([writeFile(`${path}.br`, brotli), writeFile(`${path}.gz`, gzipped)]);
          }),
      );
    },
  };
}

export default defineConfig({
  plugins: [react(), precompress()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    rolldownOptions: {
      // shared/ is pure (no I/O, nothing done on import): a page takes only the shared modules it uses, so the join
      // page does not carry the boards' Yjs code along with the words of its form.
      treeshake: { moduleSideEffects: [{ test: SHARED_SOURCE, sideEffects: false }] },
    },
  },
  server: {
    proxy: {
      "/api": server,
      "/collab": { target: server, ws: true },
    },
  },
});

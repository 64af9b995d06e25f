import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/** In development the API and the sync server run apart (pnpm dev, port 8080); in production they serve this build. */
const server = "http://localhost:8080";

export default defineConfig({
  plugins: [react()],
  build: { outDir: "dist", emptyOutDir: true },
  server: {
    proxy: {
      "/api": server,
      "/collab": { target: server, ws: true },
    },
  },
});

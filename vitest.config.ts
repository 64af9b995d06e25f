import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    reporters: ["default", "./vitest.summary-reporter.ts"],
    projects: [
      { test: { name: "shared", include: ["shared/test/**/*.test.ts"] } },
      // The client's pure modules (board moves, filters, drafts); its screens are tested in a browser (e2e).
      { test: { name: "client", include: ["client/test/**/*.test.ts"] } },
      // The project's own tooling: the summary line CI reads.
      { test: { name: "tooling", include: ["scripts/test/**/*.test.ts"] } },
      {
        test: {
          name: "server",
          include: ["server/test/**/*.test.ts"],
          // The servers' JSON log lines at info would bury the test report; warnings and errors still show.
          env: { LOG_LEVEL: "warn" },
          testTimeout: 20_000,
          hookTimeout: 20_000,
        },
      },
      {
        // The same integration suite, on the real PostgreSQL instead of the embedded SQLite.
        test: {
          name: "server-postgres",
          include: ["server/test/**/*.test.ts"],
          testTimeout: 20_000,
          hookTimeout: 20_000,
          env: {
            LOG_LEVEL: "warn",
            ATELIER_TEST_DATABASE_URL:
              process.env.ATELIER_TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test",
          },
        },
      },
      {
        test: {
          name: "e2e",
          env: { LOG_LEVEL: "warn" },
          include: ["e2e/tests/**/*.e2e.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});

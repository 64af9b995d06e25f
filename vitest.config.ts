import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    reporters: ["default", "./vitest.summary-reporter.ts"],
    projects: [
      { test: { name: "shared", include: ["shared/test/**/*.test.ts"] } },
      {
        test: {
          name: "server",
          include: ["server/test/**/*.test.ts"],
          testTimeout: 20_000,
          hookTimeout: 20_000,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["e2e/tests/**/*.e2e.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});

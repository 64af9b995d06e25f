import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));

it("counts a file whose beforeAll failed as failed, so a failed run never ends with 0 failed", () => {
  const run = spawnSync(
    process.execPath,
    ["node_modules/vitest/vitest.mjs", "run", "--config=scripts/test/fixtures/failing-hook/vitest.config.ts"],
    { cwd: root, encoding: "utf8" },
  );
  expect(run.status).toBe(1);
  expect(run.stdout.trim().split("\n").at(-1)).toBe(
    "Tests: 1 passed, 1 failed, 1 skipped (1 outside any test: a file's hook, import or an unhandled error)",
  );
});

import type { SerializedError } from "vitest";
import type { Reporter, TestModule } from "vitest/node";

/**
 * Ends the run with one plain line, "Tests: N passed, N failed, N skipped", that CI reads as the summary. A test file
 * that failed with no failed test of its own (a hook such as beforeAll, its import) counts as one failed, and so does
 * each error outside any test: a run that failed never ends with "0 failed".
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>) {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    let failedOutsideTests = unhandledErrors.length;
    for (const module of testModules) {
      let failedTests = 0;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === "passed") counts.passed++;
        else if (state === "failed") failedTests++;
        else counts.skipped++;
      }
      counts.failed += failedTests;
      if (module.state() === "failed" && failedTests === 0) failedOutsideTests++;
    }
    counts.failed += failedOutsideTests;
    const detail =
      failedOutsideTests > 0
        ? ` (${failedOutsideTests} outside any test: a file's hook, import or an unhandled error)`
        : "";
    process.stdout.write(
      `\nTests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped${detail}\n`,
    );
  }
}

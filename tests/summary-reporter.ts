import type { Reporter, TestModule } from 'vitest/node';

/**
 * Ends the run with one plain line, "N passed, N failed" (and skipped), that any CI log
 * reader understands, whatever it makes of Vitest's own summary.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
    }
    const modulesFailed = testModules.filter((m) => m.state() === 'failed' && [...m.children.allTests()].length === 0).length;
    console.log(`\ntests: ${passed} passed, ${failed + modulesFailed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
  }
}

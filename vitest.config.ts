import { defineConfig } from 'vitest/config';

// Long fault, fuzzing and kill runs: only when asked for by name (`npm run test:soak`, after
// `npm test` in CI), so that a plain `vitest run` does not add ten minutes to `npm test`.
const soakRequested = process.argv.some((arg, i, all) => arg === '--project=soak' || (arg === '--project' && all[i + 1] === 'soak'));
const soak = {
  test: {
    name: 'soak',
    include: ['tests/hardening/**/*.test.ts'],
    environment: 'node' as const,
    testTimeout: 600_000,
  },
};

export default defineConfig({
  test: {
    reporters: ['default', './tests/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      ...(soakRequested ? [soak] : []),
    ],
  },
});

import { defineConfig } from 'vitest/config';

// CI (.ci/run) sets CDM_VITEST_JSON so that the plain `npm test` also writes vitest's JSON report,
// from which it prints the `N passed, N failed` line.
const jsonReport = process.env.CDM_VITEST_JSON;

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: jsonReport ? ['default', 'json'] : ['default'],
    outputFile: jsonReport ? { json: jsonReport } : undefined,
  },
});

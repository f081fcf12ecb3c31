import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

const INCLUDE = ['src/**/*.test.ts', 'test/**/*.test.ts'];

// What a test file needs beyond Node, read from its source: the suite's
// redis-server (`inject('redisUrl')`) or one of its own (`ThrowawayRedis`),
// Debian's Chromium (the browser helpers), or the built CLI in dist/.
const NEEDS_SERVICES = [
  /\binject\('redisUrl'\)/,
  /\bThrowawayRedis\b/,
  /helpers\/(chromium|web-reference)\.js'/,
  /dist\/cli\/main\.js/,
];

/** Test files that need Redis, Chromium or a build: `npm test` runs them, `npm run test:unit` does not. */
function serviceTests(): string[] {
  return ['src', 'test'].flatMap((dir) =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .map((file) => join(dir, file))
      .filter((file) => file.endsWith('.test.ts'))
      .filter((file) => NEEDS_SERVICES.some((p) => p.test(readFileSync(file, 'utf8')))),
  );
}

const services = serviceTests();

export default defineConfig({
  test: {
    // The JSON report is what .ci/run reads to print "N passed, N failed".
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
    testTimeout: 20_000,
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: ['src/**/*.test.ts'],
      reporter: ['text-summary', 'html'],
    },
    // Each project lists its own files (with `extends: true` a root `include`
    // would be added to each project's).
    projects: [
      // `npm run test:unit`: no redis-server is started, no browser, no build.
      { extends: true, test: { name: 'unit', include: INCLUDE, exclude: services } },
      {
        extends: true,
        test: {
          name: 'services',
          include: services,
          // The suite's own redis-server on a free port (never a Redis already running).
          globalSetup: ['test/global-setup.ts'],
        },
      },
      // kodex/bullmq takes BullMQ 5 as well as 6: its tests again, on the oldest 5.
      {
        extends: true,
        resolve: { alias: { bullmq: 'bullmq5' } },
        test: {
          name: 'bullmq5',
          include: ['src/bullmq/**/*.test.ts'],
          globalSetup: ['test/global-setup.ts'],
        },
      },
    ],
  },
});

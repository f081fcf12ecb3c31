import { describe, expect, it, vi } from 'vitest';
import { captureIo } from '../../test/helpers/test-io.js';
import { runCli } from './program.js';

// A provider added to the catalogs registry, and nowhere else.
vi.mock('../catalogs/index.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../catalogs/index.js')>();
  return {
    ...original,
    catalogs: { ...original.catalogs, acme: { ...original.http, id: 'acme' } },
  };
});

describe('the provider argument’s help', () => {
  it.each(['explain', 'mock'])(
    'of %s names every provider of the catalogs registry',
    async (command) => {
      const captured = captureIo();
      expect(await runCli([command, '--help'], captured.io)).toBe(0);
      expect(captured.out()).toMatch(/amocrm, radist, .*mobizon, http, acme,\s+or\s+a\s+pack's\)/s);
    },
  );
});

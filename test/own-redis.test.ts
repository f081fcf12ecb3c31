import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// `npm test` on a developer's machine must not write into the developer's own
// Redis: tests and benchmarks reach only a redis-server they started
// themselves (test/global-setup.ts, test/helpers/redis-server.ts,
// bench/redis-server.mjs), whose port is chosen at run time.
const root = join(import.meta.dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(?:[cm]?[jt]s)$/.test(e.name))
    .map((e) => relative(root, join(e.parentPath, e.name)))
    .filter((file) => !file.includes('node_modules'));
}

const FIXED_REDIS = [
  /redis:\/\/[^'"`$\s]*:\d+/, // a URL literal with a fixed port
  /new Redis\(\s*\)/, // ioredis's default: 127.0.0.1:6379
  /new Redis\(\s*['"`\d]/, // a literal URL or port
  /\b6379\b/, // the default port itself
];

describe('tests and benchmarks', () => {
  const files = [
    ...sources('test'),
    ...sources('bench'),
    ...sources('src').filter((f) => f.endsWith('.test.ts')),
  ];

  it('are found', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it('reach only a Redis they started', () => {
    const offenders = files
      .filter((file) => file !== 'test/own-redis.test.ts')
      .flatMap((file) => {
        const code = readFileSync(join(root, file), 'utf8')
          // Comments may name the port they avoid.
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/(^|[^:])\/\/.*$/gm, '$1');
        return FIXED_REDIS.filter((pattern) => pattern.test(code)).map(
          (pattern) => `${file}: ${pattern}`,
        );
      });
    expect(offenders).toEqual([]);
  });
});

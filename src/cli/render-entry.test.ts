import { describe, expect, it } from 'vitest';
import type { CliIo } from './io.js';
import { runCli } from './program.js';

/** Runs kodex as on a terminal `columns` wide (or into a pipe, without). */
async function kodex(columns: number | undefined, ...args: string[]): Promise<string> {
  let out = '';
  const io: CliIo = {
    out: (text) => {
      out += text;
    },
    err: (text) => {
      out += text;
    },
    color: false,
    columns,
  };
  await runCli(args, io);
  return out;
}

const chars = (line: string) => [...line].length;

describe('the explain card', () => {
  it('lines its values up after the longest label', async () => {
    const card = await kodex(undefined, 'explain', 'avtocod', 'B011', '--lang', 'ru');
    const template = card.split('\n').find((line) => line.includes('template ru'))!;
    const category = card.split('\n').find((line) => line.includes('category'))!;
    // "template ru" is the longest label: every value starts where its value does.
    expect(template.indexOf('Превышена')).toBe(category.indexOf('Квота'));
  });

  it('fits a terminal: no line wider than it, values wrap under themselves', async () => {
    for (const columns of [80, 60]) {
      const card = await kodex(columns, 'explain', 'google', 'RESOURCE_EXHAUSTED');
      const lines = card.split('\n');
      const wide = lines.filter((line) => chars(line) > columns && !line.startsWith('    '));
      expect(wide).toEqual([]);
      const decision = lines.findIndex((line) => line.trimStart().startsWith('decision'));
      const valueAt = lines[decision]!.indexOf('Not in');
      // The next line goes on with the decision, indented as its first line.
      expect(lines[decision + 1]!.search(/\S/)).toBe(valueAt);
    }
  });

  it('leaves a line whole in a pipe, for grep', async () => {
    const card = await kodex(undefined, 'explain', 'google', 'RESOURCE_EXHAUSTED');
    const decision = card.split('\n').find((line) => line.trimStart().startsWith('decision'))!;
    expect(decision).toContain('Not in Google');
    expect(decision).toContain('quota_exceeded variant');
  });
});

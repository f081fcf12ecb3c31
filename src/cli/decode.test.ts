import { describe, expect, it } from 'vitest';
import { responseFixture } from '../../test/helpers/response-fixtures.js';
import { captureIo } from '../../test/helpers/test-io.js';
import { runCli } from './program.js';

// Avtocod's example body from its error reference.
const B011 = responseFixture('avtocod/seed-example-b011').response.body;

async function run(args: string[], stdin = '') {
  const captured = captureIo({ stdin });
  const io = captured.io;
  const code = await runCli(args, io);
  return { code, out: captured.out(), err: captured.err() };
}

describe('kodex decode', () => {
  it('says what the error is and what to do, detecting the provider', async () => {
    const { code, out } = await run(['decode', '--status', '402'], B011);
    expect(code).toBe(0);
    expect(out).toContain('Avtocod B011');
    expect(out).toContain('quota_exceeded');
    expect(out).toContain('day_quote="2"');
    expect(out).toContain('what to do');
  });

  it('prints the record as JSON, in the asked language', async () => {
    const { out } = await run(['decode', '--status', '402', '--json', '--lang', 'ru', '-'], B011);
    expect(JSON.parse(out)).toMatchObject({
      provider: 'avtocod',
      code: 'B011',
      status: 402,
      category: 'quota_exceeded',
      lang: 'ru',
      title: 'Переполнение дневной квоты указанного типа отчета',
    });
  });

  it('takes headers with -H and honours the named provider', async () => {
    const { out } = await run(
      ['decode', '--provider', 'telphin', '--status', '429', '-H', 'Retry-After: 30', '--json'],
      '{"status":"rate_limit_exceeded","message":"Too many requests"}',
    );
    expect(JSON.parse(out)).toMatchObject({
      provider: 'telphin',
      code: 'rate_limit_exceeded',
      retryAfterMs: 30_000,
    });
  });

  it('reports a success as no error', async () => {
    const json = await run(
      ['decode', '--status', '200', '--json'],
      '{"code":0,"data":{},"message":""}',
    );
    expect(JSON.parse(json.out)).toBeNull();
    const text = await run(['decode', '--status', '204'], '');
    expect(text.out).toContain('no error');
  });

  it('exits 1 for an unknown provider, naming the nearest', async () => {
    const { code, err } = await run(['decode', '--provider', 'gogle'], '{}');
    expect(code).toBe(1);
    expect(err).toContain('google');
  });

  it('rejects a malformed header option', async () => {
    const { code } = await run(['decode', '-H', 'no colon here'], '{}');
    expect(code).not.toBe(0);
  });
});

describe('kodex decode --lang ru', () => {
  it('labels the card in Russian, lined up in one column', async () => {
    const { out } = await run(['decode', '--status', '402', '--lang', 'ru'], B011);
    expect(out).toContain('повтор не поможет');
    expect(out).toContain('  подробности  Превышена дневная квота');
    expect(out).toContain('  параметры    ');
    expect(out).toContain('  что делать   ');
    for (const word of ['not retryable', 'detail', 'parameters', 'what to do'])
      expect(out).not.toContain(word);
    const success = await run(['decode', '--status', '200', '--lang', 'ru'], '{}');
    expect(success.out).toBe('Успех: в этом ответе нет ошибки.\n');
  });

  it('keeps the English card as it was', async () => {
    const { out } = await run(['decode', '--status', '402'], B011);
    expect(out).toContain('not retryable');
    expect(out).toContain('  detail     Превышена');
    expect(out).toContain('  what to do ');
  });
});

describe('kodex decode without --status', () => {
  it('reads a known code with the status its provider documents, and says so', async () => {
    const { code, out, err } = await run(['decode', '--json'], B011);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ code: 'B011', status: 402 });
    expect(err).toBe(
      'note: no --status given; read as HTTP 402, the status avtocod documents for B011\n',
    );
  });

  it('reads an error body of a dialect that finds errors only in a 4xx or 5xx with the status documented for its code', async () => {
    const body = JSON.stringify({
      error: { type: 'card_error', code: 'card_declined', message: 'Your card was declined.' },
    });
    const { code, out, err } = await run(
      ['decode', '--json', '--pack', 'examples/packs/stripe.yaml'],
      body,
    );
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({
      provider: 'stripe',
      code: 'card_declined',
      status: 402,
    });
    expect(err).toBe(
      'note: no --status given; read as HTTP 402, the status stripe documents for card_declined\n',
    );
  });

  it('says that 200 was assumed when the body carries no error', async () => {
    for (const body of ['', 'hello world', '\u0000\u00ff garbage']) {
      const { code, out, err } = await run(['decode'], body);
      expect(code).toBe(0);
      expect(out).toContain('Success');
      expect(err).toContain(
        'no --status given; read as HTTP 200, for which this body carries no error',
      );
    }
  });

  it('keeps a given status and says nothing about it', async () => {
    const { out, err } = await run(['decode', '--json', '--status', '429'], B011);
    expect(JSON.parse(out)).toMatchObject({ code: 'B011', status: 429 });
    expect(err).toBe('');
  });

  it('tells a person at a terminal what it waits for', async () => {
    const captured = captureIo({ stdin: '', stdinIsTerminal: true });
    await runCli(['decode'], captured.io);
    expect(captured.err()).toContain('paste it, then press Ctrl-D');
    const piped = await run(['decode', '--status', '500'], '');
    expect(piped.err).not.toContain('Ctrl-D');
  });
});

describe('kodex decode --jsonl', () => {
  it('writes one record per line, in order, null for a success', async () => {
    const lines = [
      { status: 402, body: B011 },
      { status: 200, body: '{"result":{"id":1}}', provider: 'unisender' },
      { status: 200, body: '{"error":"AK100310-02","code":"invalid_api_key"}' },
      { status: 429, headers: { 'retry-after': '2' }, body: '' },
    ]
      .map((l) => JSON.stringify(l))
      .join('\n');
    const { code, out } = await run(['decode', '--jsonl'], `${lines}\n`);
    expect(code).toBe(0);
    const records = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(records).toHaveLength(4);
    expect(records[0]).toMatchObject({ provider: 'avtocod', code: 'B011' });
    expect(records[1]).toBeNull();
    expect(records[2]).toMatchObject({
      provider: 'unisender',
      code: 'invalid_api_key',
      category: 'unauthenticated',
    });
    expect(records[3]).toMatchObject({ provider: 'http', code: '429', retryAfterMs: 2000 });
  });

  it('takes the provider from a line\'s "url" when the body names none, and --url for every line', async () => {
    const bare = JSON.stringify({ message: 'Not found' });
    const lines = [
      { status: 404, body: bare, url: 'https://api.dellin.ru/v2/orders.json' },
      { status: 404, body: bare },
      { status: 404, body: bare, url: 'https://api.dellin.ru/x', provider: 'telphin' },
    ]
      .map((l) => JSON.stringify(l))
      .join('\n');
    const { out } = await run(['decode', '--jsonl'], `${lines}\n`);
    expect(
      out
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).provider),
    ).toEqual(['dellin', 'http', 'telphin']);
    const all = await run(
      ['decode', '--jsonl', '--url', 'https://example.amocrm.ru/api/v4/leads'],
      `${lines}\n`,
    );
    expect(
      all.out
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).provider),
    ).toEqual(['dellin', 'amocrm', 'telphin']);
  });

  it('keeps the line order with an error object for a bad line, and exits 1', async () => {
    const { code, out, err } = await run(
      ['decode', '--jsonl'],
      '{"status":500,"body":""}\nnot json\n{"status":"x"}\n',
    );
    expect(code).toBe(1);
    const records = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(records[0]).toMatchObject({ code: '500' });
    expect(records[1]).toEqual({ error: 'not a JSON line' });
    expect(records[2]).toEqual({ error: 'status must be an HTTP status from 100 to 599' });
    expect(err).toContain('2 line(s)');
  });
});

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import type { EncodedResponse } from '../dialects/dialect.js';
import { type ApiSurface, type RequestTarget, surfaceOf } from './api-surfaces.js';
import { createMockJudge, type MockJudge } from './mock-judge.js';
import type { MockStats } from './mock-stats.js';
import { type MockConfig, type MockOptions, resolveMockOptions } from './options.js';
import { createProviderAnswers, type ProviderAnswers } from './provider-answers.js';

/** A running emulator. */
export interface MockServer {
  /** Base URL, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  readonly port: number;
  readonly host: string;
  /** Counters since start or the last {@link MockServer.reset}. */
  stats(): MockStats;
  /**
   * How many POSTs were accepted under an idempotency key (`idempotency-key`
   * or `x-request-id`): 0 for a request never processed, 2 or more for one
   * processed twice. What a "was it processed?" check asks a real API.
   */
  effects(key: string): number;
  /** Forgets every account, window, ban, idempotency key and counter, and replays the fault seed. */
  reset(): void;
  /** Stops listening and drops open connections. */
  close(): Promise<void>;
}

// An oversized body is drained (not kept) up to this many times the limit, so
// the client sees the 413 rather than a broken pipe; past it the socket goes.
const DRAIN_FACTOR = 8;

// A form body is kept up to this size so its `kodex_error` (and API key) count
// like the query's: SDKs that post forms (UniSender, Mobizon) set no header.
const MAX_FORM_BYTES = 64 * 1024;
const FORM = /^application\/x-www-form-urlencoded\b/i;

/**
 * Reads the body to measure it: answers whether it went over `max` bytes,
 * and the parameters of a small form body (empty for any other body).
 */
function readBody(
  req: IncomingMessage,
  max: number,
): Promise<{ tooLarge: boolean; form: URLSearchParams }> {
  const declared = Number(req.headers['content-length']);
  const keep = FORM.test(req.headers['content-type'] ?? '');
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    let size = 0;
    let over = Number.isFinite(declared) && declared > max;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (keep && size <= MAX_FORM_BYTES) chunks.push(chunk);
      if (size > max) over = true;
      if (size > max * DRAIN_FACTOR) req.destroy();
    });
    req.on('end', () => {
      const whole = keep && size <= MAX_FORM_BYTES;
      const form = new URLSearchParams(whole ? Buffer.concat(chunks).toString('utf8') : '');
      resolve({ tooLarge: over, form });
    });
    req.on('error', reject);
    req.on('close', () => {
      if (!req.complete) reject(new Error('request aborted'));
    });
  });
}

/** The query, with a form body's parameters that the query does not have. */
function withForm(query: URLSearchParams, form: URLSearchParams): URLSearchParams {
  if (form.size === 0) return query;
  const merged = new URLSearchParams(query);
  for (const [name, value] of form) if (!merged.has(name)) merged.append(name, value);
  return merged;
}

function write(res: ServerResponse, response: EncodedResponse, close: boolean): void {
  if (res.destroyed || res.writableEnded) return;
  const headers: Record<string, string> = { ...response.headers };
  if (close) headers.connection = 'close';
  res.writeHead(response.status, headers);
  res.end(response.body);
}

function formatUrl(host: string, port: number): string {
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

async function handle(
  judge: MockJudge,
  req: IncomingMessage,
  res: ServerResponse,
  options: { maxBodyBytes: number; latencyMs: number; onRequest: MockConfig['onRequest'] },
): Promise<void> {
  const { tooLarge, form } = await readBody(req, options.maxBodyBytes);
  const url = new URL(req.url ?? '/', 'http://mock.invalid');
  // Decided on arrival; only the answer waits for the injected latency.
  const verdict = judge.judge({
    method: req.method ?? 'GET',
    headers: req.headers,
    path: url.pathname,
    query: withForm(url.searchParams, form),
    tooLarge,
  });
  if (options.latencyMs > 0) await delay(options.latencyMs);
  if (verdict.log) options.onRequest?.(verdict.log);
  if (verdict.kind === 'reset') {
    req.socket.destroy();
    return;
  }
  write(res, verdict.response, tooLarge);
}

/** The answers of each API surface of a provider, built when first asked. */
function answersBySurface(config: MockConfig): (target: RequestTarget) => ProviderAnswers {
  const built = new Map<ApiSurface, ProviderAnswers>();
  return (target) => {
    const surface = surfaceOf(config.provider, target);
    let answers = built.get(surface);
    if (!answers) {
      answers = createProviderAnswers(config.provider, config.lang, surface);
      built.set(surface, answers);
    }
    return answers;
  };
}

/**
 * Starts an HTTP server that answers as a provider would, on each of its API
 * surfaces in their own shapes (amoCRM v4, v2, Chats and OAuth paths,
 * UniSender `/en/api`, Mobizon `output=xml`, Dellin `.xml`): a plain success
 * by default, any catalog error on demand (header `x-kodex-error: CODE`, or
 * `kodex_error=CODE` in the query or a form body, with
 * `x-kodex-retry-after: SECONDS`), any HTTP
 * status on demand (`x-kodex-status: 418` or `kodex_status=418`), its
 * documented rate limit and its rate-limit error past it, its ban after
 * repeated violations, and seeded random faults. Binds 127.0.0.1 on a free
 * port by default.
 * @example
 * const mock = await createMockServer({ provider: 'amocrm', rate: '7/s', banAfter: 10 });
 * await fetch(`${mock.url}/api/v4/leads`, { headers: { 'x-kodex-error': '110' } }); // amoCRM's 401
 * mock.stats().rateViolations; // 0
 * await mock.close();
 */
export async function createMockServer(options: MockOptions): Promise<MockServer> {
  const config = resolveMockOptions(options);
  const judge = createMockJudge(config, answersBySurface(config));
  const handling = {
    maxBodyBytes: config.maxBodyBytes,
    latencyMs: config.fault.latencyMs,
    onRequest: config.onRequest,
  };
  const server = createServer({ requestTimeout: 30_000, headersTimeout: 10_000 }, (req, res) => {
    handle(judge, req, res, handling).catch(() => {
      // The client went away mid-request: nothing to answer.
      if (!res.headersSent) res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: formatUrl(config.host, port),
    port,
    host: config.host,
    stats: judge.stats,
    effects: judge.effects,
    reset: judge.reset,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

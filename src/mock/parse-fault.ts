import { KodexError } from '../errors/kodex-error.js';
import { nearest } from '../model/nearest.js';

/** Random faults the emulator injects: probabilities per request, and a delay on every answer. */
export interface FaultSpec {
  /** Probability that a request gets the provider's transient 5xx error. @default 0 */
  readonly error5xx: number;
  /** Probability that the connection is reset before the request is processed. @default 0 */
  readonly reset: number;
  /** Delay added to every answer, in milliseconds. @default 0 */
  readonly latencyMs: number;
}

/** No faults at all. */
const NO_FAULTS: FaultSpec = Object.freeze({ error5xx: 0, reset: 0, latencyMs: 0 });

const KEYS: Readonly<Record<string, keyof FaultSpec>> = {
  '5xx': 'error5xx',
  error5xx: 'error5xx',
  reset: 'reset',
  latency: 'latencyMs',
  latencyms: 'latencyMs',
};

const PROBABILITY = /^(\d{1,3}(?:\.\d{1,9})?)(%?)$/;
const DURATION = /^(\d{1,9}(?:\.\d{1,6})?)(ms|s)?$/;

function invalid(message: string): KodexError {
  return new KodexError('invalid_fault', message);
}

function probability(key: string, value: string): number {
  const match = PROBABILITY.exec(value);
  const p = match ? Number(match[1]) / (match[2] ? 100 : 1) : Number.NaN;
  if (!(p >= 0 && p <= 1))
    throw invalid(`${key}=${value.slice(0, 32)}: a probability from 0 to 1 (or 0% to 100%).`);
  return p;
}

function duration(key: string, value: string): number {
  const match = DURATION.exec(value);
  if (!match) throw invalid(`${key}=${value.slice(0, 32)}: a delay such as 50ms or 1s.`);
  return Number(match[1]) * (match[2] === 's' ? 1000 : 1);
}

/**
 * Parses a fault specification such as `5xx=0.1,reset=0.05,latency=50ms`;
 * throws a `KodexError` (`invalid_fault`) on an unknown key or a bad value.
 * @example parseFault('5xx=0.1,latency=50ms') // { error5xx: 0.1, reset: 0, latencyMs: 50 }
 */
export function parseFault(text: string): FaultSpec {
  const out = { ...NO_FAULTS };
  for (const part of text.split(',')) {
    if (!part.trim()) continue;
    const eq = part.indexOf('=');
    const key = (eq < 0 ? part : part.slice(0, eq)).trim().toLowerCase();
    const value = eq < 0 ? '' : part.slice(eq + 1).trim();
    const field = Object.hasOwn(KEYS, key) ? KEYS[key] : undefined;
    if (!field) {
      const near = nearest(Object.keys(KEYS), key, 2);
      throw invalid(
        `Unknown fault "${key.slice(0, 32)}"${near.length ? ` (did you mean ${near.join(', ')}?)` : ''}; use 5xx=P, reset=P, latency=MS.`,
      );
    }
    out[field] = field === 'latencyMs' ? duration(key, value) : probability(key, value);
  }
  return checkFault(out);
}

/** Checks a fault object, filling defaults; throws a `KodexError` when it is not usable. */
export function checkFault(fault: Partial<FaultSpec>): FaultSpec {
  const spec = { ...NO_FAULTS, ...fault };
  for (const key of ['error5xx', 'reset'] as const) {
    if (!(spec[key] >= 0 && spec[key] <= 1))
      throw invalid(`${key} must be a probability from 0 to 1.`);
  }
  // One draw per request decides its fate, so the probabilities share the unit interval.
  if (spec.error5xx + spec.reset > 1)
    throw invalid('5xx and reset probabilities add up to more than 1.');
  if (!(spec.latencyMs >= 0 && spec.latencyMs <= 600_000)) {
    throw invalid('latency must be from 0 to 600000 ms.');
  }
  return spec;
}

import { KodexError } from '../errors/kodex-error.js';
import type { Rate } from '../model/rate.js';

const UNIT_MS: Readonly<Record<string, number>> = {
  ms: 1,
  s: 1000,
  sec: 1000,
  second: 1000,
  m: 60_000,
  min: 60_000,
  minute: 60_000,
  h: 3_600_000,
  hr: 3_600_000,
  hour: 3_600_000,
  d: 86_400_000,
  day: 86_400_000,
};

// `7/s`, `1200/min`, `100/h`, `5/10s`: a count, a slash, an optional multiplier and a unit.
const RATE = /^(\d{1,9})\s?\/\s?(\d{1,9})?\s?([a-z]{1,6})$/i;

/**
 * Parses a rate such as `7/s`, `1200/min`, `100/h` or `5/10s`; throws a
 * `KodexError` (`invalid_rate`) on anything else.
 * @example parseRate('7/s') // { limit: 7, intervalMs: 1000 }
 */
export function parseRate(text: string): Rate {
  const match = RATE.exec(text.trim());
  const unit = match?.[3]?.toLowerCase();
  const unitMs =
    unit === undefined ? undefined : (UNIT_MS[unit] ?? UNIT_MS[unit.replace(/s$/, '')]);
  const limit = Number(match?.[1]);
  const times = match?.[2] === undefined ? 1 : Number(match[2]);
  if (!match || unitMs === undefined || limit < 1 || times < 1) {
    throw new KodexError(
      'invalid_rate',
      `Invalid rate "${text.slice(0, 64)}": use COUNT/UNIT such as 7/s, 1200/min, 100/h or 5/10s.`,
    );
  }
  return { limit, intervalMs: times * unitMs };
}

/** Checks a rate given as an object; throws a `KodexError` (`invalid_rate`) when it is not usable. */
export function checkRate(rate: Rate): Rate {
  if (
    !Number.isSafeInteger(rate.limit) ||
    rate.limit < 1 ||
    !Number.isFinite(rate.intervalMs) ||
    rate.intervalMs <= 0
  ) {
    throw new KodexError(
      'invalid_rate',
      'A rate needs a positive integer limit and a positive intervalMs.',
    );
  }
  return { limit: rate.limit, intervalMs: rate.intervalMs };
}

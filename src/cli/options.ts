import { InvalidArgumentError } from 'commander';
import { isUnknownProviderError } from '../errors/unknown-provider-error.js';
import { defaultLookup } from '../lookup/index.js';
import type { Lang, ProviderCatalog } from '../model/catalog.js';
import { CATEGORIES, type Category, isCategory } from '../model/categories.js';
import { nearest } from '../model/nearest.js';
import { type CliIo, writeError, writeJson } from './io.js';

/** Parses `--lang`. */
export function parseLang(value: string): Lang {
  if (value !== 'ru' && value !== 'en') throw new InvalidArgumentError('use ru or en');
  return value;
}

/** Parses an HTTP status option. */
export function parseStatus(value: string): number {
  const status = Number(value);
  if (!Number.isInteger(status) || status < 100 || status > 599) {
    throw new InvalidArgumentError('an HTTP status from 100 to 599');
  }
  return status;
}

/** Parses a TCP port option (0 picks a free one). */
export function parsePort(value: string): number {
  const n = Number(value);
  if (!/^\d{1,5}$/.test(value) || n > 65_535)
    throw new InvalidArgumentError('a port from 0 to 65535');
  return n;
}

/** Parses a positive integer option. */
export function parsePositive(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('a positive integer');
  return n;
}

/** Parses `--category`. */
export function parseCategory(value: string): Category {
  if (!isCategory(value)) {
    const [near] = nearest(CATEGORIES, value, 1);
    const hint = near ? `did you mean ${near}? ` : '';
    throw new InvalidArgumentError(`${hint}Categories: ${CATEGORIES.join(', ')}`);
  }
  return value;
}

/**
 * The providers' ids: the built-ins, from the catalogs registry (a new
 * catalog shows up in help and messages by itself), and the packs loaded.
 */
function providerIds(): string[] {
  return defaultLookup().catalogs.map((catalog) => catalog.id);
}

/** The help of a `<provider>` argument, naming every provider known (the built-ins, and packs loaded). */
export function providerArgumentHelp(): string {
  return `provider id (${providerIds().join(', ')}, or a pack's)`;
}

/**
 * The catalog of a provider argument, or `undefined` after telling the user
 * the nearest providers and setting exit code 1.
 */
export function resolveProvider(
  io: CliIo,
  provider: string,
  json: boolean | undefined,
  setExit: (code: number) => void,
): ProviderCatalog | undefined {
  try {
    return defaultLookup().catalog(provider);
  } catch (error) {
    if (!isUnknownProviderError(error)) throw error;
    const known = providerIds();
    if (json) writeJson(io, { error: error.message, suggestions: error.suggestions });
    else writeError(io, `${error.message}\nKnown providers: ${known.join(', ')}`);
    setExit(1);
    return undefined;
  }
}

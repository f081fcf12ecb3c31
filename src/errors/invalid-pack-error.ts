import { KodexError } from './kodex-error.js';

/** One thing wrong with a pack: where (an RFC 6901 pointer into it; empty for the whole pack) and what. */
export interface PackProblem {
  readonly pointer: string;
  readonly message: string;
}

// A message names at most this many problems; `problems` holds them all.
const SHOWN = 5;

/**
 * A provider pack kodex will not load: its shape, a pointer, a pattern or its
 * id is wrong. The message names the pack's source, and each problem its JSON
 * pointer, so the author can go straight to the place.
 */
export class InvalidPackError extends KodexError {
  /** The file or module the pack came from, or `registerPack()` for data handed over in code. */
  readonly source: string;
  readonly problems: readonly PackProblem[];

  constructor(source: string, problems: readonly PackProblem[], options?: ErrorOptions) {
    const lines = problems.slice(0, SHOWN).map((p) => `  ${p.pointer || '/'}: ${p.message}`);
    if (problems.length > SHOWN) lines.push(`  … and ${problems.length - SHOWN} more`);
    super('invalid_pack', `${source} is not a valid kodex pack:\n${lines.join('\n')}`, options);
    this.name = 'InvalidPackError';
    this.source = source;
    this.problems = problems;
  }
}

/** True for an {@link InvalidPackError}. */
export function isInvalidPackError(error: unknown): error is InvalidPackError {
  return error instanceof InvalidPackError;
}

import type { RawResponse } from '../src/wire/response-view.js';

/** A flat JSON object of string members, `size` characters long. */
export function flatJson(size: number): string;

/** One response of every kind (flat and nested JSON, XML, HTML, text, random bytes), each body of `size`. */
export function largeBodies(size: number): { kind: string; response: RawResponse }[];

/** The markup kinds just under the 64 KiB parse cap: the costliest markup still parsed. */
export function markupAtCap(): { kind: string; response: RawResponse }[];

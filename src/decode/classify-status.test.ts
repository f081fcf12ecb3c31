import { describe, expect, it } from 'vitest';
import { catalogs } from '../catalogs/index.js';
import { classifyStatus } from './classify-status.js';

const entryOf = (status: number) => catalogs.http.entries.find((e) => e.code === String(status));

describe('classifyStatus', () => {
  it("takes the category of the status's plain-HTTP entry, and its title", () => {
    expect(classifyStatus(501, entryOf(501), undefined)).toEqual({
      category: 'unsupported',
      retryable: false,
      title: entryOf(501)!.title,
    });
    expect(classifyStatus(429, entryOf(429), undefined)).toMatchObject({
      category: 'rate_limited',
      retryable: true,
    });
  });

  it('retries an internal 5xx unless its entry says it is not transient', () => {
    expect(classifyStatus(500, entryOf(500), undefined)).toMatchObject({
      category: 'internal',
      retryable: true,
    });
    expect(classifyStatus(599, undefined, undefined)).toEqual({
      category: 'internal',
      retryable: true,
      title: undefined,
    });
  });

  it('classes 4xx without an entry as invalid_request, and below 400 as unknown', () => {
    expect(classifyStatus(418, undefined, undefined).category).toBe('invalid_request');
    expect(classifyStatus(200, entryOf(200), undefined)).toMatchObject({
      category: 'unknown',
      retryable: false,
    });
    expect(classifyStatus(299, undefined, undefined).category).toBe('unknown');
  });

  it('lets the text name a generic category more exactly, never a specific one', () => {
    expect(classifyStatus(400, entryOf(400), 'Rate limit exceeded')).toMatchObject({
      category: 'rate_limited',
      retryable: true,
      title: undefined,
    });
    expect(classifyStatus(200, entryOf(200), 'Квота исчерпана').category).toBe('quota_exceeded');
    expect(classifyStatus(404, entryOf(404), 'Too many requests').category).toBe('not_found');
    expect(classifyStatus(500, entryOf(500), 'not found').category).toBe('internal');
  });
});

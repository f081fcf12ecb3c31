import { describe, expect, it } from 'vitest';
import { checkFault, parseFault } from './parse-fault.js';

describe('parseFault', () => {
  it('reads the probabilities and the latency', () => {
    expect(parseFault('5xx=0.1,reset=0.05,latency=50ms')).toEqual({
      error5xx: 0.1,
      reset: 0.05,
      latencyMs: 50,
    });
  });

  it('takes percentages, seconds, bare milliseconds and spaces, and defaults the rest to none', () => {
    expect(parseFault(' 5xx = 10% , latency=1.5s ')).toEqual({
      error5xx: 0.1,
      reset: 0,
      latencyMs: 1500,
    });
    expect(parseFault('latency=20')).toEqual({ error5xx: 0, reset: 0, latencyMs: 20 });
    expect(parseFault('')).toEqual({ error5xx: 0, reset: 0, latencyMs: 0 });
  });

  it('names the nearest key for a typo', () => {
    expect(() => parseFault('rest=0.1')).toThrow(/did you mean reset/);
  });

  it.each(['5xx=2', '5xx=abc', 'reset=-0.1', 'latency=fast', '5xx=0.7,reset=0.5', 'reset'])(
    'refuses %j',
    (text) => {
      expect(() => parseFault(text)).toThrow(expect.objectContaining({ code: 'invalid_fault' }));
    },
  );

  it('checks a fault given as an object, filling the defaults', () => {
    expect(checkFault({ reset: 0.2 })).toEqual({ error5xx: 0, reset: 0.2, latencyMs: 0 });
    expect(() => checkFault({ error5xx: 1.1 })).toThrow(/probability/);
    expect(() => checkFault({ latencyMs: -1 })).toThrow(/latency/);
  });
});

import type { EventEmitter } from 'node:events';

/** Where stop signals come from: the process, or an emitter in tests. */
export type SignalSource = Pick<EventEmitter, 'once' | 'off'>;

const STOP_SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/** Resolves with the first of SIGINT or SIGTERM, and stops listening for the other. */
export function untilStopSignal(signals: SignalSource): Promise<string> {
  return new Promise((resolve) => {
    const handlers = {
      SIGINT: () => stop('SIGINT'),
      SIGTERM: () => stop('SIGTERM'),
    };
    const stop = (signal: string) => {
      for (const name of STOP_SIGNALS) signals.off(name, handlers[name]);
      resolve(signal);
    };
    for (const name of STOP_SIGNALS) signals.once(name, handlers[name]);
  });
}

/** A free TCP port on loopback. */
export function freePort(): Promise<number>;

/**
 * A throwaway redis-server of a test's or a benchmark's own, on its own port
 * (never the shared 6379), that may be stopped and started again to play an
 * outage.
 */
export class ThrowawayRedis {
  readonly port: number;
  /** `dir`: keep the data in an append-only file there (fsynced on every write), so a restart loses nothing. */
  constructor(port: number, options?: { dir?: string });
  readonly url: string;
  /** Starts redis-server; rejects within 10 s, naming the install command when it is missing. */
  start(): Promise<void>;
  /**
   * Stalls the server (SIGSTOP): it keeps its connections but answers nothing
   * until {@link resume}, as a Redis stuck in a slow command or a paused VM does.
   */
  pause(): void;
  /** Lets a paused server answer again (SIGCONT). */
  resume(): void;
  stop(): Promise<void>;
}

/**
 * Resolves on a later turn of the event loop, after the timers and I/O that
 * are due. A call that fails without waiting for anything (an open circuit,
 * a paused account) goes through it, so a `while (…) await client.fetch()`
 * loop cannot starve its own timers.
 */
export function macrotask(): Promise<void> {
  return new Promise((resolve) =>
    typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0),
  );
}

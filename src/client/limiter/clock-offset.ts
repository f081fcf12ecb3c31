/**
 * How far a store's clock (Redis's TIME) runs from this process's, estimated
 * as NTP does from round trips: the store read its clock somewhere between
 * the send and the answer, so the round trip with the least time in flight
 * bounds the offset best (to half of it). The best sample is kept until it
 * is a minute old, so a drifting clock is followed.
 */
export class ClockOffset {
  #offset = 0;
  #rttMs = Number.POSITIVE_INFINITY;
  #takenAt = Number.NEGATIVE_INFINITY;

  /** One round trip: sent and answered on this clock, `remoteNow` read by the store in between. */
  sample(remoteNow: number, sent: number, answered: number): void {
    const rttMs = answered - sent;
    if (rttMs > this.#rttMs && answered - this.#takenAt < 60_000) return;
    this.#offset = remoteNow - (sent + answered) / 2;
    this.#rttMs = rttMs;
    this.#takenAt = answered;
  }

  /** A time of the store's clock, on this clock. */
  toLocal(remoteTime: number): number {
    return remoteTime - this.#offset;
  }
}

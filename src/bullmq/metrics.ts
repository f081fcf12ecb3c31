import type { Attributes, Meter } from '@opentelemetry/api';
import type { ErrorRecord } from '../model/record.js';

/** What became of a job's run: the outcome counted, by provider, code and category. */
export type JobOutcome = 'completed' | 'delayed' | 'retried' | 'failed';

/** The instruments of a worker (OpenTelemetry metrics, beside the client's spans). */
export interface JobMetrics {
  /** One provider call's answer (or failure) and how long it took. */
  call(
    provider: string,
    record: ErrorRecord | null | undefined,
    ms: number,
    failure?: string,
  ): void;
  /** One run of a job and how it ended; a delay's length when it was put off. */
  job(
    queue: string,
    provider: string,
    outcome: JobOutcome,
    record?: ErrorRecord,
    delayMs?: number,
  ): void;
}

function recordAttributes(provider: string, record: ErrorRecord | null | undefined): Attributes {
  return {
    'kodex.provider': record?.provider ?? provider,
    ...(record ? { 'kodex.code': record.code, 'kodex.category': record.category } : {}),
  };
}

/** The worker's counters and histograms on a meter. */
export function createJobMetrics(meter: Meter): JobMetrics {
  const calls = meter.createCounter('kodex.job.calls', {
    description: 'Provider calls made by jobs, by provider, code and category (none for a success)',
  });
  const callDuration = meter.createHistogram('kodex.job.call.duration', {
    description: 'Time of one provider call of a job, from its rate slot to its answer',
    unit: 'ms',
  });
  const runs = meter.createCounter('kodex.job.runs', {
    description:
      'Runs of jobs, by outcome (completed, delayed, retried, failed), provider, code and category',
  });
  const delays = meter.createHistogram('kodex.job.delay', {
    description: 'How long a job was put off for (a rate slot, a Retry-After, an open circuit)',
    unit: 'ms',
  });
  return {
    call(provider, record, ms, failure) {
      const attributes = {
        ...recordAttributes(provider, record),
        ...(failure ? { 'error.type': failure } : {}),
      };
      calls.add(1, attributes);
      callDuration.record(ms, attributes);
    },
    job(queue, provider, outcome, record, delayMs) {
      const attributes = {
        'messaging.destination.name': queue,
        'kodex.outcome': outcome,
        ...recordAttributes(provider, record),
      };
      runs.add(1, attributes);
      if (delayMs !== undefined) delays.record(delayMs, attributes);
    },
  };
}

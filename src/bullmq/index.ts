// kodex/bullmq: jobs that call a provider through kodex, on BullMQ (README,
// "Client: act on the record"). BullMQ is a peer dependency loaded only here.

export { createWorker } from './create-worker.js';
export type {
  JobContext,
  KodexProcessor,
  KodexWorkerOptions,
  UncertainCall,
  UncertainPolicy,
} from './options.js';

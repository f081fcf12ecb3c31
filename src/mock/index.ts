// kodex/mock: an HTTP server that answers as a provider would (README, "Mock:
// a provider on demand"). Only the server and its types are public: the rate
// and fault parsers, answer builders and API surfaces are how it works.

export { createMockServer, type MockServer } from './mock-server.js';
export type { AccountStats, MockStats } from './mock-stats.js';
export type { MockLogEntry, MockOptions } from './options.js';

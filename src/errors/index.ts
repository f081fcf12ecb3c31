export * from './api-error.js';
export * from './circuit-open-error.js';
export * from './invalid-argument-error.js';
export * from './invalid-pack-error.js';
export * from './kodex-error.js';
export * from './network-error.js';
export * from './timeout-error.js';
export * from './unknown-provider-error.js';

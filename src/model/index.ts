export * from './catalog.js';
export * from './categories.js';
export * from './providers.js';
export type * from './rate.js';
export type * from './record.js';
export * from './template.js';

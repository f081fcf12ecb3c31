export { catalogs } from './catalogs/index.js';
export * from './errors/index.js';
export * from './lookup/index.js';
export * from './model/index.js';

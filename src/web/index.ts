export { createWebApp, DEFAULT_MAX_REQUEST_BYTES, type WebAppOptions } from './app.js';
export {
  DEFAULT_ASSETS_DIR,
  originOf,
  type RunningWebServer,
  startWebServer,
  type WebServerOptions,
} from './server.js';

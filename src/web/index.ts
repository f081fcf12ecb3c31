export { createWebApp, type WebAppOptions } from './app.js';
export {
  DEFAULT_ASSETS_DIR,
  originOf,
  type RunningWebServer,
  startWebServer,
  type WebServerOptions,
} from './server.js';

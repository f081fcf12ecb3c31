import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The web reference's browser bundle: `vite build -c web.vite.config.ts`.
// Its entry imports the library's core straight from src/, so the browser
// decodes and searches with the very code the library ships. The output goes
// to dist/web/static, where the server (dist/web) serves it under /static/;
// `.vite/manifest.json` there tells the server the hashed file names.

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('./src/web/client/'),
  base: '/static/',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: here('./dist/web/static/'),
    emptyOutDir: true,
    manifest: true,
    sourcemap: true,
    target: 'es2022',
    // Every catalog is in the bundle (search and decode need them): ~500 kB, 125 kB gzipped.
    chunkSizeWarningLimit: 1024,
    rolldownOptions: { input: { main: here('./src/web/client/main.ts') } },
  },
});

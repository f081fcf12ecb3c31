import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The web reference's browser bundle: `vite build -c web.vite.config.ts`.
// Two entries: `main`, a few kB on every page (instant search through the
// server's /api/search, filters, copy buttons, navigation), and `playground`,
// which loads the library's decoders straight from src/ — so the browser
// decodes with the very code the library ships — only on /playground, and
// only once the reader touches the form. The output goes to dist/web/static,
// where the server (dist/web) serves it under /static/; `.vite/manifest.json`
// there tells the server the hashed file names. No source maps: the server
// would not serve them, and the sources are in the repository.

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('./src/web/browser/'),
  base: '/static/',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: here('./dist/web/static/'),
    emptyOutDir: true,
    manifest: true,
    sourcemap: false,
    target: 'es2022',
    // The decoder chunk holds every catalog and RE2JS, the linear-time engine
    // of packs' patterns (136 kB of it): ~800 kB, ~200 kB gzip, loaded on demand.
    chunkSizeWarningLimit: 1024,
    rolldownOptions: {
      input: {
        main: here('./src/web/browser/main.ts'),
        playground: here('./src/web/browser/playground-main.ts'),
      },
    },
  },
});

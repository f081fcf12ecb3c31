/** Debian's Chromium (never a browser Playwright downloads); KODEX_CHROMIUM overrides it. */
export const CHROMIUM = process.env.KODEX_CHROMIUM ?? '/usr/bin/chromium';

// Headless, and quiet on a machine without a network: without the
// background-networking flags Chromium keeps dialling out. Playwright gives
// every launch a fresh temporary --user-data-dir of its own (it refuses one
// passed in args), so no profile state leaks between runs.
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// tsc writes dist/cli/main.js without the executable bit; `npx kodex` in the
// repo runs that file directly, so the build sets it (chmod works on every
// platform Node runs on, and is a no-op where modes do not exist).
import { chmodSync, statSync } from 'node:fs';

const bin = new URL('../dist/cli/main.js', import.meta.url);
chmodSync(bin, statSync(bin).mode | 0o111);

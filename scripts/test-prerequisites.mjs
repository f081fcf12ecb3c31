// What `npm test` needs beyond npm packages: Debian's Chromium (the browser
// tests drive it through playwright-core, which never downloads a browser of
// its own) and a redis-server binary (the fleet tests start their own server
// on a free port; none of them uses a Redis that is already running).
//
// Where one is missing, this installs the Debian packages when it can (root
// with apt-get, as on a fresh CI machine); otherwise it stops at once with one
// line naming what is missing and the command that installs it. It never lets
// the suite skip the tests that need them.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const chromium = process.env.KODEX_CHROMIUM ?? '/usr/bin/chromium';

function onPath(command) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    try {
      accessSync(join(dir, command), constants.X_OK);
      return true;
    } catch {}
  }
  return false;
}

function missingPackages() {
  const missing = [];
  if (!existsSync(chromium)) missing.push('chromium');
  if (!onPath('redis-server')) missing.push('redis-server');
  return missing;
}

function stop(line) {
  console.error(`npm test: ${line}`);
  process.exit(1);
}

let missing = missingPackages();
if (missing.length === 0) process.exit(0);

const what = missing.join(' ');
const isRoot = process.getuid?.() === 0;
if (!isRoot || !onPath('apt-get')) {
  const hint = process.env.KODEX_CHROMIUM ? ` (KODEX_CHROMIUM is ${chromium})` : '';
  stop(`missing ${what}${hint}; install with: sudo apt-get install -y ${what}`);
}

console.error(
  `npm test: installing Debian packages ${what} (needed by the browser and Redis tests)…`,
);
const log = '/tmp/kodex-test-apt.log';
// Debian's redis-server package starts a system Redis on 6379 after install;
// the tests start their own, so keep the package from starting a daemon while
// it installs (policy-rc.d exit 101: "action forbidden").
const policy = '/usr/sbin/policy-rc.d';
const ownPolicy = !existsSync(policy);
if (ownPolicy) writeFileSync(policy, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
let installed;
try {
  installed = spawnSync(
    'sh',
    [
      '-c',
      `(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${what}) >${log} 2>&1`,
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
} finally {
  if (ownPolicy) rmSync(policy, { force: true });
}
if (installed.status !== 0) {
  stop(
    `could not install ${what} (apt-get failed, see ${log}); install with: apt-get install -y ${what}`,
  );
}

missing = missingPackages();
if (missing.length > 0) stop(`still missing ${missing.join(' ')} after apt-get (see ${log})`);

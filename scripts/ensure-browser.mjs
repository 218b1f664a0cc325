// Makes sure the end-to-end tests have a browser. With --install (or as root on Debian) it installs
// Debian's chromium package, else tries Playwright's download; otherwise it says exactly what to install.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { hasBrowser } from './find-browser.mjs';

if (hasBrowser()) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const isDebian = existsSync('/etc/debian_version');
const run = (cmd) => {
  console.log(`ensure-browser: ${cmd}`);
  execSync(cmd, { stdio: 'inherit' });
};

try {
  if (isRoot && isDebian) {
    run('apt-get update -qq');
    run('DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
  } else {
    run('npx playwright install chromium');
  }
} catch (err) {
  console.error(`ensure-browser: install failed (${String(err)})`);
}

if (!hasBrowser()) {
  console.error(
    [
      'No Chromium found for the end-to-end tests.',
      'Install one of:',
      "  - Playwright's browser:   npx playwright install chromium",
      '  - Debian/Ubuntu:          sudo apt-get install chromium',
      '  - or set CHROMIUM_PATH=/path/to/chrome',
    ].join('\n'),
  );
  process.exit(1);
}

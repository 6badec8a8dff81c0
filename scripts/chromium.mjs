// Finds the Chromium the tests run in. This machine cannot download browsers (no
// `npx playwright install`), so the browser is Debian's `chromium` package: when none is
// found and we are root with apt-get, it is installed; otherwise the message says how.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
].filter(Boolean);

export function findChromium() {
  return CANDIDATES.find((path) => existsSync(path));
}

export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    console.error(
      'No Chromium found. Install it with `sudo apt-get install -y chromium`, or set CHROME_PATH to a Chrome or Chromium binary.',
    );
    process.exit(1);
  }
  console.log('No Chromium found: installing Debian’s chromium package…');
  const apt = (args) => execFileSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  apt(['update', '-qq']);
  apt(['install', '-y', '-qq', '--no-install-recommends', 'chromium']);
  const installed = findChromium();
  if (!installed) {
    console.error('apt-get finished but no chromium binary was found.');
    process.exit(1);
  }
  return installed;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`Chromium: ${ensureChromium()}`);
}

// Finds the Chromium the browser tests use. No test tool may download its own browser.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** @returns {string | undefined} the path of a Chromium executable, or undefined. */
export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return candidates.find((p) => existsSync(p));
}

/**
 * Makes sure a Chromium exists: installs Debian's `chromium` when running as root with apt,
 * otherwise stops with the exact command to run. Never skips the browser tests.
 * @returns {string} the executable path
 */
export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt) {
    console.log('Chromium not found: installing Debian\'s "chromium" (apt-get install -y chromium)…');
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    const installed = findChromium();
    if (installed) return installed;
  }
  console.error(
    'The browser tests need Chromium and none was found.\n' +
      'Install it with:\n\n    sudo apt-get update && sudo apt-get install -y chromium\n\n' +
      'or set CHROME_PATH to an existing Chromium or Chrome executable.',
  );
  process.exit(1);
}

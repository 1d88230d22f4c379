import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/**
 * Finds a Chromium that can load an unpacked extension (branded Google Chrome cannot):
 * `CHROME_PATH`, else the system's `chromium`, else Playwright's own download. When there is
 * none it gets one and says so: `apt-get install -y chromium` where apt and root are available,
 * else `npx playwright-core install chromium`. Throws a clear message only when both fail.
 */

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'];

function systemChromium(): string | null {
  for (const path of SYSTEM_PATHS) if (existsSync(path)) return path;
  const found = spawnSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], {
    encoding: 'utf8',
  });
  const path = found.stdout.trim();
  return found.status === 0 && path ? path : null;
}

function playwrightChromium(): string | null {
  const path = chromium.executablePath();
  return path && existsSync(path) ? path : null;
}

function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

function tryInstall(log: (line: string) => void): void {
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' }).status === 0;
  if (hasApt && isRoot()) {
    log('No Chromium found: installing Debian\'s "chromium" with apt-get (about 30 s)…');
    try {
      execFileSync(
        'sh',
        [
          '-c',
          'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium',
        ],
        {
          stdio: ['ignore', 'ignore', 'inherit'],
        },
      );
      if (systemChromium()) return;
    } catch {
      log('apt-get could not install chromium.');
    }
  }
  log(
    "No Chromium found: downloading Playwright's Chromium (npx playwright-core install chromium)…",
  );
  try {
    execFileSync('npx', ['playwright-core', 'install', 'chromium'], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  } catch {
    log('The Playwright download failed.');
  }
}

export function findChromium(log: (line: string) => void = (line) => console.error(line)): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, but there is no file there.`);
  }
  const found = systemChromium() ?? playwrightChromium();
  if (found) return found;
  tryInstall(log);
  const installed = systemChromium() ?? playwrightChromium();
  if (installed) return installed;
  throw new Error(
    'No Chromium to run the extension in. Install one (Debian/Ubuntu: `sudo apt-get install chromium`) ' +
      'or point CHROME_PATH at a Chromium binary. Branded Google Chrome cannot load an unpacked extension.',
  );
}

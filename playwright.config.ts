import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/** Debian's Chromium by default (Playwright cannot download browsers here); CHROMIUM_PATH overrides. */
export function findChromium(
  env: Record<string, string | undefined> = process.env,
  exists: (path: string) => boolean = existsSync,
): string | undefined {
  const candidates = [env.CHROMIUM_PATH, '/usr/bin/chromium'].filter((p): p is string => !!p);
  const found = candidates.find((p) => exists(p));
  if (found) return found;
  if (env.PLAYWRIGHT_USE_BUNDLED) return undefined;
  throw new Error(
    'No Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`), or set ' +
      'CHROMIUM_PATH=/path/to/chromium, or run `npx playwright install chromium` and set PLAYWRIGHT_USE_BUNDLED=1.',
  );
}

/** Without the networking flags Chromium's background requests fail on a closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// Engineers working side by side build to their own folder and serve on their own port.
const PORT = Number(process.env.MARGIN_PORT ?? 4173);
const DIST = process.env.MARGIN_DIST ?? 'dist';

export default defineConfig({
  testDir: './e2e',
  // One results folder per port, so runs side by side never clean each other's artifacts.
  outputDir: process.env.MARGIN_PORT ? `test-results/${PORT}` : 'test-results',
  timeout: 30_000,
  expect: { timeout: 7_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'vi-VN',
    // A failed test keeps its trace of actions, network and console, and a screenshot. DOM snapshots and
    // the screencast are left out: recorded for every test, they cost a fifth of the suite's time here.
    trace: { mode: 'retain-on-failure', screenshots: false, snapshots: false, sources: false },
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // The production build is made by `npm test` before Playwright starts; this only serves it.
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort --outDir ${DIST}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});

import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/** Debian's Chromium, or the one CHROMIUM_PATH names. Playwright's own browser download is never used. */
function chromiumPath(): string {
  const candidates = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium'].filter((p): p is string => Boolean(p));
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      "Browser tests need Chromium. Install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.",
    );
  }
  return found;
}

const port = Number(process.env['TEST_PORT'] ?? 4322);
/** The site built from tests/fixtures/site-content (`npm run build:fixture`). */
export const fixturePort = port + 1;

export default defineConfig({
  testDir: 'tests/browser',
  outputDir: 'tests/output',
  fullyParallel: true,
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  // The built sites served as a plain static host would (`npm test` builds them
  // first). Not `astro preview`, which refuses to start beside a running one.
  webServer: [
    {
      command: `node --no-deprecation node_modules/http-server/bin/http-server dist -a 127.0.0.1 -p ${port} -s -c-1`,
      url: `http://127.0.0.1:${port}/`,
      timeout: 60_000,
    },
    {
      command: `node --no-deprecation node_modules/http-server/bin/http-server dist-fixture -a 127.0.0.1 -p ${fixturePort} -s -c-1`,
      url: `http://127.0.0.1:${fixturePort}/`,
      timeout: 60_000,
    },
  ],
});

/**
 * `npm run screenshots`: full-page captures of every page type at 320, 768 and 1280 px, light and
 * dark, into tests/screenshots/output/, for a person to look at (issue 27's "Done when"). Not a
 * test of its own: it asserts nothing, and `npm test` does not run it.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import browserTests from '../../playwright.config.ts';

export default defineConfig({
  ...browserTests,
  testDir: '.',
  testMatch: 'screenshots.spec.ts',
  outputDir: 'output/results',
  // The built sites' folders are named from the repository's root, where the browser tests' config is.
  webServer: [browserTests.webServer ?? []].flat().map((server) => ({ ...server, cwd: fileURLToPath(new URL('../..', import.meta.url)) })),
});

/** Address of the site built from tests/fixtures/site-content. */
import { fixturePort } from '../../playwright.config.ts';

export const fixtureSite = (path: string) => `http://127.0.0.1:${fixturePort}${path}`;

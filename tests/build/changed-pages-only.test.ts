/**
 * A publish renders only the pages its change reaches (decision 034): a page whose key is the
 * published one's is kept, the very file the published site holds (the same inode), and a page
 * the change reaches is a new file with the new text. That the result equals a full build is
 * the property test's (incremental-build.test.ts).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/site-build.ts';

const CORRECTED = 'Library extends hours, corrected';
const CORRECTED_PAGE = 'local/2024/01/10/synthetic-library-hours/index.html';
const UNRELATED_PAGE = 'about/index.html';

let work = '';
const site = () => join(work, 'site');
const inode = (page: string) => statSync(join(site(), page)).ino;
const before = new Map<string, number>();
let log = '';

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'changed-pages-'));
  const env = { CONTENT_DIR: join(work, 'content'), BUILD_CACHE_DIR: join(work, 'cache') };
  cpSync('tests/fixtures/site-content', env.CONTENT_DIR, { recursive: true });
  const first = buildSite(site(), env);
  if (first.status !== 0) throw new Error(first.output);
  for (const page of [CORRECTED_PAGE, UNRELATED_PAGE]) before.set(page, inode(page));
  const article = join(env.CONTENT_DIR, 'articles', 'synthetic-library-hours.md');
  writeFileSync(article, readFileSync(article, 'utf8').replace(/^headline: .*$/m, `headline: "${CORRECTED}"`));
  const second = buildSite(site(), env);
  if (second.status !== 0) throw new Error(second.output);
  log = second.output;
}, 300_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('a publish correcting one headline', () => {
  it('keeps a page the correction does not reach: the published file itself', () => {
    expect(inode(UNRELATED_PAGE)).toBe(before.get(UNRELATED_PAGE));
  });

  it('renders the corrected article afresh, with its new headline', () => {
    expect(inode(CORRECTED_PAGE)).not.toBe(before.get(CORRECTED_PAGE));
    expect(readFileSync(join(site(), CORRECTED_PAGE), 'utf8')).toContain(CORRECTED);
  });

  it('renders fewer pages than it keeps', () => {
    const [, kept, rendered] = /build: (\d+) published pages kept, (\d+) rendered/.exec(log) ?? [];
    expect(Number(rendered)).toBeGreaterThan(0);
    expect(Number(rendered)).toBeLessThan(Number(kept));
  });
});

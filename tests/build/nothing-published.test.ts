/**
 * A site whose only stories are a draft and one scheduled for later builds (it failed with
 * "Pagefind was not able to build an index"): its front page says nothing is published yet,
 * and its search page, with no index to search, says so instead of offering a box. Beside the
 * seed, made a draft and copied as a scheduled story, are the fixture's draft and scheduled
 * story, pinned, with a photo and a registered author and section of their own (see
 * unpublished-leave-no-trace.test.ts): nothing of theirs is published either.
 */
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, filesUnder } from '../support/site-build.ts';

const SEED = 'mexico-frustration-with-trump-grows.md';
const FIXTURE = 'tests/fixtures/site-content';
const FIXTURE_UNPUBLISHED = [
  'articles/synthetic-draft',
  'articles/synthetic-scheduled-for-2099',
  'authors/zqxhidden-reporter.md',
  'authors/zqxhidden-reporter.jpg',
];
let work = '';
let site = '';
let run: ReturnType<typeof buildSite>;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'nothing-published-'));
  const articles = join(work, 'content', 'articles');
  cpSync('content', join(work, 'content'), { recursive: true });
  const seed = readFileSync(join(articles, SEED), 'utf8');
  writeFileSync(join(articles, SEED), seed.replace(/^date: .*$/m, '$&\ndraft: true'));
  writeFileSync(join(articles, 'scheduled-for-later.md'), seed.replace(/^date: .*$/m, 'date: 2099-01-01'));
  for (const path of FIXTURE_UNPUBLISHED) cpSync(join(FIXTURE, path), join(work, 'content', path), { recursive: true });
  // The fixture's draft is filed under Local, its scheduled story under a section of its own.
  const fixtureSections = readFileSync(join(FIXTURE, 'sections.yaml'), 'utf8');
  appendFileSync(join(work, 'content', 'sections.yaml'), fixtureSections.slice(fixtureSections.indexOf('- name: Local')));
  site = join(work, 'dist');
  run = buildSite(site, { CONTENT_DIR: join(work, 'content'), BUILD_CACHE_DIR: join(work, 'cache') });
}, 300_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('a site with only a draft and a scheduled story', () => {
  it('builds, saying what it held back', () => {
    expect(run.status, run.output).toBe(0);
    expect(run.output).toContain('2 draft(s) held back');
    expect(run.output).toContain('2 scheduled article(s) held back');
  });

  it('has an empty front page that says nothing is published yet', () => {
    const front = readFileSync(join(site, 'index.html'), 'utf8');
    expect(front).toContain('No stories have been published yet.');
    expect(front).not.toContain('frustration');
  });

  it('has no search index, and a search page that says there is nothing to search and loads nothing from one', () => {
    expect(existsSync(join(site, 'pagefind'))).toBe(false);
    const search = readFileSync(join(site, 'search', 'index.html'), 'utf8');
    expect(search).toContain('No stories have been published yet, so there is nothing to search.');
    expect(search).not.toMatch(/src="\/pagefind\/|href="\/pagefind\/|src="\/search\.js"/);
  });

  it.each(['zqxdraft', 'zqxsched', 'zqxhidden'])('names nothing of the fixture’s unpublished stories (%s) in any file', (marker) => {
    const files = filesUnder(site).filter((file) => !file.endsWith('/'));
    expect(files.filter((file) => `${file}\n${readFileSync(join(site, file), 'latin1')}`.toLowerCase().includes(marker))).toEqual([]);
  });
});

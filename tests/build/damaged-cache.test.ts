/**
 * A build cache damaged as a power cut leaves it (files emptied or cut short) never stops a
 * publish, `--full` included, and never reaches the published site: each damaged entry is
 * named in a warning and made again. (It stopped every publish with "Unexpected end of JSON
 * input", and emptied cards were published as empty PNGs.) That `--full` reads none of it is
 * tested without a build, in tests/unit/cache/build-cache.test.ts (discardBuildCaches).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, filesUnder } from '../support/site-build.ts';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

let work = '';
const cache = () => join(work, 'cache');
const build = () => buildSite(join(work, 'dist'), { CONTENT_DIR: 'content', BUILD_CACHE_DIR: cache() });

/**
 * Empties every cached card and search part's entry file, cuts every cached body short, and cuts
 * Astro's store short so the bodies are read again, and the record of the last publish's inputs,
 * so the publish does not stand on the last one (publish-inputs.ts) but builds.
 */
function damageTheCache(): void {
  for (const name of readdirSync(join(cache(), 'published')).filter((file) => file.endsWith('.inputs.json')))
    truncateSync(join(cache(), 'published', name), 10);
  for (const name of readdirSync(join(cache(), 'article-bodies'))) truncateSync(join(cache(), 'article-bodies', name), 40);
  for (const name of readdirSync(join(cache(), 'social-cards'))) writeFileSync(join(cache(), 'social-cards', name), '');
  for (const name of readdirSync(join(cache(), 'search-index')))
    writeFileSync(join(cache(), 'search-index', name, 'pagefind-entry.json'), '');
  writeFileSync(join(cache(), 'page-policies.json'), '');
  truncateSync(join(cache(), 'astro', 'data-store.json'), 100);
}

/** Every published PNG is a whole one: none empty, none cut short. */
function publishedPngs(): Buffer[] {
  return filesUnder(join(work, 'dist'))
    .filter((file) => file.endsWith('.png'))
    .map((file) => readFileSync(join(work, 'dist', file)));
}

let run: ReturnType<typeof buildSite>;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'damaged-cache-'));
  const first = build();
  if (first.status !== 0) throw new Error(first.output);
  damageTheCache();
  run = build();
}, 240_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('a publish over a build cache damaged by a power cut', () => {
  it('goes on', () => {
    expect(run.status, run.output).toBe(0);
  });

  it('names each damaged entry in a warning, and what happens to it', () => {
    expect(run.output).toMatch(/build cache: \S+article-bodies\/\w+\.json is not valid JSON \(Unterminated string in JSON at position 40/);
    expect(run.output).toMatch(/build cache: \S+social-cards\/\S+\.png is empty; it was discarded and is made again/);
    expect(run.output).toMatch(/build cache: \S+page-policies\.json is empty; it was discarded and is made again/);
  });

  it('publishes no damaged share image', () => {
    const pngs = publishedPngs();
    expect(pngs.length).toBeGreaterThan(0);
    for (const png of pngs) expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
  });
});

/**
 * Search a reader can trust (issue #24), measured: one small site (40 articles, one a day,
 * tests/support/search-quality.ts) built with its index in 40 parts, and indexed again in 4,
 * queried for rare names and places whose right answers are read from the text. Every result
 * shown must hold every word typed, at any number of parts, and a word no article holds must
 * give no results and be named.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexPart } from '#publish/pagefind.ts';
import { searchIndexParts } from '#lib/metadata/search-index-parts.ts';
import { buildSite } from '../support/site-build.ts';
import {
  ARTICLE_COUNT,
  exactWordSearch,
  precisionAt,
  qualityQueries,
  serveFromFolder,
  writeQualityContent,
} from '../support/search-quality.ts';

const work = mkdtempSync(join(tmpdir(), 'search-quality-'));
const site = { dir: '', paths: [] as string[] };
/** The build's own index is in 40 parts, one article each; the 4-part index is made beside it. */
const bundleAt = (path: string, partCount: number) =>
  partCount === ARTICLE_COUNT ? path : path.replace(/^\/pagefind\//, `/quality-${partCount}/`);
const bundlesAt = (partCount: number) =>
  searchIndexParts(site.paths, ARTICLE_COUNT / partCount).map((part) => bundleAt(part.bundlePath, partCount));

beforeAll(async () => {
  writeQualityContent(join(work, 'content'));
  site.dir = join(work, 'dist');
  // One article a part: the build writes the 40-part index itself.
  const run = buildSite(site.dir, { CONTENT_DIR: join(work, 'content'), SEARCH_PART_SIZE: '1', BUILD_CACHE_DIR: join(work, 'cache') });
  expect(run.status, run.output).toBe(0);
  const days = Array.from({ length: ARTICLE_COUNT }, (_, i) => new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10));
  site.paths = days.map((day, i) => `/world/${day.replaceAll('-', '/')}/${day}-report-${String(i).padStart(2, '0')}/`);
  for (const part of searchIndexParts(site.paths, ARTICLE_COUNT / 4))
    await indexPart(site.dir, { ...part, bundlePath: bundleAt(part.bundlePath, 4) });
  serveFromFolder(site.dir);
}, 180_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.each([4, 40])('search over %i parts', (partCount) => {
  const queries = qualityQueries();

  it.each(queries.filter((query) => query.relevant.length > 0))(
    'shows only articles holding every word of "$query", and all of them',
    async ({ query, relevant }) => {
      const search = await exactWordSearch(site.dir, bundlesAt(partCount));
      const { top, count } = await search(query);
      expect(precisionAt(5, top, relevant)).toBe(1);
      expect(precisionAt(10, top, relevant)).toBe(1);
      expect(count).toBe(relevant.length);
    },
  );

  it.each(queries.filter((query) => query.relevant.length === 0))(
    'shows nothing for "$query", naming the words no article holds',
    async ({ query, missing }) => {
      const search = await exactWordSearch(site.dir, bundlesAt(partCount));
      expect(await search(query)).toEqual({ count: 0, top: [], unmatched: missing });
    },
  );
});

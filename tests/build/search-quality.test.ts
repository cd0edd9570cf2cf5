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
  qualityArticlePaths,
  qualityParts,
  qualityQueries,
  serveFromFolder,
  writeQualityContent,
} from '../support/search-quality.ts';

const work = mkdtempSync(join(tmpdir(), 'search-quality-'));
const site = join(work, 'dist');
/** The build's own index is in 40 parts, one a day; the 4-part index is made beside it. */
const bundlesAt = (partCount: number) =>
  partCount === ARTICLE_COUNT
    ? searchIndexParts(qualityArticlePaths(), 1).map((part) => part.bundlePath)
    : qualityParts(partCount).map((part) => part.bundlePath);

beforeAll(async () => {
  writeQualityContent(join(work, 'content'));
  // A part limit of one article cuts the months into days: the build writes the 40-part index itself.
  const run = buildSite(site, { CONTENT_DIR: join(work, 'content'), SEARCH_PART_LIMIT: '1', BUILD_CACHE_DIR: join(work, 'cache') });
  expect(run.status, run.output).toBe(0);
  expect(bundlesAt(ARTICLE_COUNT)).toHaveLength(ARTICLE_COUNT);
  for (const part of qualityParts(4)) await indexPart(site, part);
  serveFromFolder(site);
}, 180_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.each([4, 40])('search over %i parts', (partCount) => {
  const queries = qualityQueries();

  it.each(queries.filter((query) => query.relevant.length > 0))(
    'shows only articles holding every word of "$query", and all of them',
    async ({ query, relevant }) => {
      const search = await exactWordSearch(site, bundlesAt(partCount));
      const { top, count } = await search(query);
      expect(precisionAt(5, top, relevant)).toBe(1);
      expect(precisionAt(10, top, relevant)).toBe(1);
      expect(count).toBe(relevant.length);
    },
  );

  it.each(queries.filter((query) => query.relevant.length === 0))(
    'shows nothing for "$query", naming the words no article holds',
    async ({ query, missing }) => {
      const search = await exactWordSearch(site, bundlesAt(partCount));
      expect(await search(query)).toMatchObject({ count: 0, top: [], unmatched: missing });
    },
  );

  it.each(queries.filter((query) => query.relevant.length === 0))(
    'suggests for "$query" a word, and only words that some article holds',
    async ({ query, held }) => {
      const search = await exactWordSearch(site, bundlesAt(partCount));
      const { suggestions } = await search(query);
      expect(Object.keys(suggestions)).not.toHaveLength(0);
      for (const word of Object.values(suggestions)) expect(held(word), word).toBe(true);
    },
  );

  it('suggests "drought" for "drougth"', async () => {
    const search = await exactWordSearch(site, bundlesAt(partCount));
    expect((await search('Tlaxcala drougth')).suggestions).toEqual({ drougth: 'drought' });
  });
});

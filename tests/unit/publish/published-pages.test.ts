/**
 * The records of the last publish (src/publish/published-pages.ts), Astro's and our own, are
 * trusted only when whole: one emptied, cut short or of another shape links no published page
 * (Astro then renders them all) rather than stopping the publish.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkPublishedPages, removeUnmadePages } from '#publish/published-pages.ts';
import { temporaryFolder } from '../../support/temporary-folder.ts';

const WHOLE_RECORD = JSON.stringify({
  version: 1,
  configHash: 'c',
  lockfileHash: 'l',
  routes: { 'src/pages/index.astro': { dependencyHash: 'a', paths: { '/': { outputFile: 'index.html' } } } },
});

describe("Astro's record of its last build", () => {
  it.each([
    ['emptied', ''],
    ['cut short', '{"version":1,"routes":{"src/pages/index.astro":{"depend'],
    ['without its routes', '{"version":1,"configHash":"c","lockfileHash":"l"}'],
    ['with a route that is null', '{"version":1,"configHash":"c","lockfileHash":"l","routes":{"src/pages/index.astro":null}}'],
    [
      'with a page without its file',
      '{"version":1,"configHash":"c","lockfileHash":"l","routes":{"src/pages/index.astro":{"dependencyHash":"a","paths":{"/":{}}}}}',
    ],
  ])('%s: links no page, and removes none', (_, record) => {
    const work = temporaryFolder('published-pages');
    const cache = join(work, 'cache');
    mkdirSync(join(cache, 'astro'), { recursive: true });
    writeFileSync(join(cache, 'astro', 'incremental-build.json'), record);
    // The record of the last publish to dist/, whole: only Astro's is damaged.
    const outDir = join(work, 'dist');
    mkdirSync(join(cache, 'published'));
    writeFileSync(join(cache, 'published', `${createHash('sha256').update(outDir).digest('hex').slice(0, 16)}.json`), WHOLE_RECORD);
    const linked = linkPublishedPages(outDir, join(work, 'dist.staging'), cache);
    expect(linked.files.size).toBe(0);
    expect(removeUnmadePages(linked, join(work, 'dist.staging'), cache)).toBe(0);
  });
});

/**
 * The steps `npm run build` takes after Astro (src/publish/publish-site.ts),
 * checked on the fixture site: social cards placed beside every article page,
 * the search index written in parts that the search page merges, and the
 * hand-over manifest gone from what is published.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PUBLISH_MANIFEST } from '#publish/publish-manifest.ts';

const SITE = 'dist-fixture';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? (entry.name === 'pagefind' ? [] : files(path)) : [path];
  });
}

const articlePages = files(SITE).filter((file) => file.endsWith('index.html') && readFileSync(file, 'utf8').includes('data-pagefind-body'));
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe('after Astro, the build', () => {
  it('places a 1200×630 social card beside every article page, and nowhere else', () => {
    expect(articlePages.length).toBeGreaterThan(3);
    for (const page of articlePages) {
      const card = readFileSync(join(dirname(page), 'social-card.png'));
      expect(pngSize(card), page).toEqual({ width: 1200, height: 630 });
    }
    // The site's own card, at /social-card.png, is for pages other than articles.
    const cards = files(SITE).filter((file) => file.endsWith('/social-card.png') && dirname(file) !== SITE);
    expect(cards.map(dirname).sort()).toEqual(articlePages.map(dirname).sort());
  });

  it("places the site's own card and the publisher logo at the root", () => {
    expect(pngSize(readFileSync(join(SITE, 'social-card.png')))).toEqual({ width: 1200, height: 630 });
    expect(pngSize(readFileSync(join(SITE, 'publisher-logo.png')))).toEqual({ width: 600, height: 60 });
  });

  const searchPageParts = () =>
    JSON.parse(
      /data-parts="([^"]*)"/.exec(readFileSync(join(SITE, 'search/index.html'), 'utf8'))![1]!.replaceAll('&quot;', '"'),
    ) as string[];

  it("writes the search index in the calendar parts the search page merges, oldest first (the fixture's part limit of 1 cuts a year into months and a month into days)", () => {
    const parts = searchPageParts();
    expect(parts).toEqual([
      '/pagefind/2018/',
      '/pagefind/2023-05/',
      '/pagefind/2023-06/',
      '/pagefind/2024-01-10/',
      '/pagefind/2024-02/',
      '/pagefind/2024-03-04/',
      '/pagefind/2024-03-05/',
    ]);
    for (const bundle of parts) expect(existsSync(join(SITE, bundle, 'pagefind-entry.json')), bundle).toBe(true);
  });

  it('indexes every article page exactly once across the parts', () => {
    const entries = searchPageParts().map(
      (bundle) =>
        JSON.parse(readFileSync(join(SITE, bundle, 'pagefind-entry.json'), 'utf8')) as {
          languages: Record<string, { page_count: number }>;
        },
    );
    const indexed = entries.reduce(
      (sum, entry) => sum + Object.values(entry.languages).reduce((n, language) => n + language.page_count, 0),
      0,
    );
    expect(indexed).toBe(articlePages.length);
  });

  it('does not publish its hand-over manifest', () => {
    expect(existsSync(join(SITE, PUBLISH_MANIFEST))).toBe(false);
  });
});

import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedCard, cachedPublisherLogo, renderCard } from '#publish/share-images/drawing.ts';
import { headlineSize } from '#publish/share-images/headline-fitting.ts';
import { articleCardContent, siteCardContent } from '#lib/metadata/share-image.ts';
import { cardCacheKey } from '#publish/share-images/cache-keys.ts';

const card = { headline: 'In Mexico, frustration grows', section: 'World', date: 'May 9, 2018', siteName: 'Newsroom' };

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe('social cards', () => {
  it('are 1200×630 PNGs', async () => {
    const png = await renderCard(card);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
  });

  it('change hash when anything drawn on them changes', () => {
    expect(cardCacheKey(card)).not.toBe(cardCacheKey({ ...card, headline: 'Another headline' }));
    expect(cardCacheKey(card)).toBe(cardCacheKey({ ...card }));
  });

  it('are drawn once and then read from the cache', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cards-'));
    const first = await cachedCard(card, dir);
    expect(readdirSync(dir)).toEqual([cardCacheKey(card)]);
    const second = await cachedCard(card, dir);
    expect(second.equals(first)).toBe(true);
    expect(readdirSync(dir)).toHaveLength(1);
  });

  it('set long headlines smaller', () => {
    expect(headlineSize('x'.repeat(150))).toBeLessThan(headlineSize('x'.repeat(40)));
  });

  it('give the publisher logo its 600×60 size, cached beside the cards', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'logo-'));
    expect(pngSize(await cachedPublisherLogo('Newsroom', dir))).toEqual({ width: 600, height: 60 });
    expect(readdirSync(dir)).toHaveLength(1);
  });

  it("say an article's headline, its section trail and the day it was published in the site's zone", () => {
    const content = articleCardContent(
      { headline: 'Late vote', section: 'Local', subsection: 'Council', date: { kind: 'instant', iso: '2024-01-11T03:30:00.000Z' } },
      { name: 'Newsroom', timeZone: 'America/New_York' },
    );
    expect(content).toEqual({ headline: 'Late vote', section: 'Local › Council', date: 'January 10, 2024', siteName: 'Newsroom' });
  });

  it('give the site its own card, with no section or date', () => {
    expect(siteCardContent('Newsroom')).toMatchObject({ section: '', date: '', siteName: 'Newsroom' });
  });
});

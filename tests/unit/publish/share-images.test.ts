import { readdirSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { cachedCard, cachedPublisherLogo, cardSvg, fontsFor, layOutHeadline, renderCard } from '#publish/share-images/drawing.ts';
import { headlineSize } from '#publish/share-images/headline-fitting.ts';
import { articleCardContent, siteCardContent } from '#lib/metadata/share-image.ts';
import { cardCacheKey } from '#publish/share-images/card-cache-keys.ts';
import { temporaryFolder } from '../../support/temporary-folder.ts';

const card = { headline: 'In Mexico, frustration grows', section: 'World', date: 'May 9, 2018', siteName: 'Newsroom' };

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

/** The columns of the headline's band (between the section and the date) where white type is drawn. */
async function inkedColumns(headline: string): Promise<number[]> {
  const image = new Resvg(await cardSvg({ ...card, headline })).render();
  // A copy of the pixels on each read of `pixels`: read once.
  const { pixels, width } = image;
  const columns = new Set<number>();
  for (let y = 130; y < 510; y++) {
    for (let x = 0; x < width; x++) if (pixels[(y * width + x) * 4]! > 128) columns.add(x);
  }
  return [...columns].sort((a, b) => a - b);
}

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
    const dir = temporaryFolder('cards');
    const first = await cachedCard(card, dir);
    expect(readdirSync(dir)).toEqual([cardCacheKey(card)]);
    const second = await cachedCard(card, dir);
    expect(second.equals(first)).toBe(true);
    expect(readdirSync(dir)).toHaveLength(1);
  });

  // Two letters a card lacks a font for are drawn as the same box, so two letters that differ on the card were drawn.
  it.each([
    ['Polish', 'Ł', 'Ś'],
    ['Cyrillic', 'Ж', 'Д'],
    ['Greek', 'Ω', 'Δ'],
    ['Arabic', 'ع', 'ب'],
    ['Hebrew', 'ש', 'ל'],
    ['Chinese', '中', '国'],
    ['Japanese', 'の', 'が'],
    ['Korean', '한', '국'],
    ['emoji', '🚀', '⭐'],
  ])('draw %s letters, not the box of a missing glyph', async (_script, letter, otherLetter) => {
    const drawn = await renderCard({ ...card, headline: letter });
    expect(drawn.equals(await renderCard({ ...card, headline: otherLetter }))).toBe(false);
  });

  it('draw the same box for any two letters no font has', async () => {
    const missing = await renderCard({ ...card, headline: '\u{E000}' });
    expect(missing.equals(await renderCard({ ...card, headline: '\u{E001}' }))).toBe(true);
  });

  it.each([
    ['Arabic', 'الرئيس يلتقي وزراء الخارجية في القاهرة لبحث الأزمة الإقليمية'],
    ['Chinese', '中国经济增长放缓，央行宣布下调存款准备金率以支持实体经济'],
  ])('draw %s headlines with the fonts loaded for them', async (_script, headline) => {
    const article = { ...card, headline };
    const withoutFallbacks = await renderCard(article, fontsFor(''));
    expect((await renderCard(article)).equals(withoutFallbacks)).toBe(false);
  });

  it('set a right-to-left headline against the right margin', async () => {
    const rightToLeft = await inkedColumns('الرئيس يلتقي وزراء');
    expect(rightToLeft[0]).toBeGreaterThan(400);
    expect(rightToLeft.at(-1)).toBeGreaterThan(1100);
    const leftToRight = await inkedColumns('The president meets');
    expect(leftToRight[0]).toBeLessThan(80);
  });

  it('leave an ordinary space after an emoji', async () => {
    const columns = await inkedColumns('Go 🚀 now');
    const widestGap = Math.max(...columns.slice(1).map((x, i) => x - columns[i]!));
    expect(widestGap).toBeLessThan(40);
  });

  it('shorten a 1,000-character headline after a whole word and end it with an ellipsis', async () => {
    const headline = Array.from({ length: 200 }, (_, i) => `w${i % 10}rd`)
      .join(' ')
      .slice(0, 1000);
    const { text, size } = await layOutHeadline(headline, fontsFor(headline));
    expect(size).toBe(42);
    expect(text.endsWith('…')).toBe(true);
    expect(headline.startsWith(text.slice(0, -1))).toBe(true);
    expect(headline[text.length - 1]).toBe(' ');
    expect(pngSize(await renderCard({ ...card, headline }))).toEqual({ width: 1200, height: 630 });
  });

  it('keep the same fonts for every Latin card, with no fallback loaded', () => {
    expect(fontsFor('In Mexico, frustration grows')).toBe(fontsFor('Łódź votes — 2024 © “Newsroom”'));
    expect(fontsFor('In Mexico, frustration grows').satoriFonts).toHaveLength(4);
  });

  it('set long headlines smaller', () => {
    expect(headlineSize('x'.repeat(150))).toBeLessThan(headlineSize('x'.repeat(40)));
  });

  it('give the publisher logo its 600×60 size, cached beside the cards', async () => {
    const dir = temporaryFolder('logo');
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

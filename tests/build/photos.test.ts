/**
 * An article with a camera-sized photo beside it (tests/fixtures/site-content/
 * articles/synthetic-photo-story/), as built into dist-fixture/: a <picture>
 * of its variants (src/lib/photos/), crops for structured data, and a share card with it.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element } from 'hast';
import sharp from 'sharp';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, it } from 'vitest';

const SITE = 'dist-fixture';
const PAGE = '/testing/2023/05/15/synthetic-photo-story/';
let html = '';
const found: Element[] = [];
const element = (tagName: string) => found.filter((node) => node.tagName === tagName);
/** The lead photo's elements come first on the page; the body's image after them. */
const lead = (tagName: string) => element(tagName).slice(0, 1);

beforeAll(() => {
  html = readFileSync(join(SITE, PAGE, 'index.html'), 'utf8');
  visit(fromHtml(html), 'element', (node: Element) => {
    found.push(node);
  });
});

/** The candidates of a srcset, with their widths. */
const candidates = (srcset: unknown) =>
  String(srcset)
    .split(', ')
    .map((candidate) => {
      const [url, width] = candidate.split(' ');
      return { url: url!, width: Number.parseInt(width!, 10) };
    });

describe('the lead photo', () => {
  it('is a picture with WebP at widths from 400 to 1600 px, and a JPEG fallback', () => {
    const sources = lead('source');
    expect(sources.map((source) => source.properties['type'])).toEqual(['image/webp']);
    expect(candidates(sources[0]!.properties['srcSet']).map((c) => c.width)).toEqual([400, 608, 800, 1216, 1600]);
    const [img] = lead('img');
    expect(String(img!.properties['src'])).toMatch(/^\/_photos\/[0-9a-f]{20}\/800\.jpg$/);
  });

  it('names files the site holds, each the size its name says', async () => {
    for (const { url, width } of candidates(lead('source')[0]!.properties['srcSet'])) {
      expect((await sharp(join(SITE, url)).metadata()).width).toBe(width);
    }
  });

  it('reserves its box at the photo’s shape (4000×2667 scaled to its widest file), and loads first', () => {
    const [img] = lead('img');
    expect([Number(img!.properties['width']), Number(img!.properties['height'])]).toEqual([1600, 1067]);
    expect(img!.properties['loading']).toBe('eager');
    expect(html).toMatch(/<img [^>]*fetchpriority="high"/);
    expect(img!.properties['alt']).toMatch(/^Overlapping translucent circles/);
  });

  it('weighs at most 80 KB as a phone downloads it (412 px wide at 1.75×: the first candidate of 665 px or more)', () => {
    const [webp] = lead('source');
    const needed = (412 - 32) * 1.75;
    const chosen = candidates(webp!.properties['srcSet']).find((candidate) => candidate.width >= needed)!;
    expect(statSync(join(SITE, chosen.url)).size).toBeLessThanOrEqual(80 * 1024);
  });

  it('weighs at most 80 KB as a laptop downloads it (the 1,216 px file for a 38rem column at 2×)', () => {
    const [webp] = lead('source');
    const chosen = candidates(webp!.properties['srcSet']).find((candidate) => candidate.width >= 1216)!;
    expect(statSync(join(SITE, chosen.url)).size).toBeLessThanOrEqual(80 * 1024);
  });
});

describe('an image in the body', () => {
  it('goes through the same pipeline, lazily, with its alt text and size', () => {
    const [, img] = element('img');
    expect(img!.properties['alt']).toBe('A smaller generated image: three bars of colour.');
    expect([Number(img!.properties['width']), Number(img!.properties['height'])]).toEqual([1200, 600]);
    expect(img!.properties['loading']).toBe('lazy');
    expect(
      element('source')
        .slice(1)
        .map((source) => source.properties['type']),
    ).toEqual(['image/webp']);
  });

  it('is a figure with its caption and credit, from the image’s title', () => {
    const body = html.slice(html.indexOf('class="article-body'));
    expect(body).toMatch(
      /<figure><picture[^>]*>[\s\S]*?<\/picture><figcaption>Three bars of colour, generated for the tests\. <small>Test suite<\/small><\/figcaption><\/figure>/,
    );
  });

  it('sits in the body where the author put it, between its paragraphs', () => {
    const body = html.slice(html.indexOf('class="article-body'));
    expect(body.indexOf('with an image in the body after it')).toBeLessThan(body.indexOf('<picture'));
    expect(body.indexOf('<picture')).toBeLessThan(body.indexOf('The last paragraph, after the image.'));
  });
});

describe('the photo for machines', () => {
  it('gives structured data 16:9, 4:3 and 1:1 crops at least 1,200 px wide, then the share card', async () => {
    const data = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!) as { image: string[] };
    expect(data.image).toHaveLength(4);
    const sizes = await Promise.all(data.image.slice(0, 3).map((url) => sharp(join(SITE, new URL(url).pathname)).metadata()));
    expect(sizes.map(({ width, height }) => [width, height])).toEqual([
      [1200, 675],
      [1200, 900],
      [1200, 1200],
    ]);
    expect(data.image[3]).toMatch(/\/social-card\.png$/);
  });

  it('gives an article without a photo its share card alone, 1200×630, not the card cut to other ratios (decision 030)', async () => {
    const page = '/local/2024/03/05/synthetic-council-budget-vote/';
    const other = readFileSync(join(SITE, page, 'index.html'), 'utf8');
    const data = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(other)![1]!) as { image: string[] };
    expect(data.image).toEqual([`https://news.example.com${page}social-card.png`]);
    const { width, height, format } = await sharp(join(SITE, page, 'social-card.png')).metadata();
    expect([width, height, format]).toEqual([1200, 630, 'png']);
  });

  it('draws the photo into the share card', async () => {
    // The right margin, which no text reaches: one flat colour on a card without a photo, the photo's shapes on this one.
    const corner = async (card: string) =>
      (
        await sharp(
          await sharp(join(SITE, card, 'social-card.png'))
            .extract({ left: 1140, top: 100, width: 60, height: 400 })
            .png()
            .toBuffer(),
        ).stats()
      ).channels
        .slice(0, 3)
        .reduce((sum, channel) => sum + channel.stdev, 0);
    expect(await corner('/testing/2023/06/01/synthetic-hostile-markdown/')).toBeLessThan(1);
    expect(await corner(PAGE)).toBeGreaterThan(3);
  });
});

describe("an author's portrait", () => {
  it('is drawn small and square on their page, at 1× and 2×, through the same pipeline', async () => {
    const page = readFileSync(join(SITE, 'by/fixture-reporter-one/index.html'), 'utf8');
    const picture = /<picture>[\s\S]*?<img [^>]*class="author-photo"[^>]*><\/picture>/.exec(page)?.[0] ?? '';
    const webp = candidates(/<source type="image\/webp" srcset="([^"]+)"/.exec(picture)?.[1]);
    expect(webp.map((candidate) => candidate.width)).toEqual([96, 192]);
    const { width, height } = await sharp(join(SITE, webp[0]!.url)).metadata();
    expect([width, height]).toEqual([96, 96]);
    expect(picture).toMatch(/sizes="96px"/);
  });
});

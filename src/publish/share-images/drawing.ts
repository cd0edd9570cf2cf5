/**
 * Draws the site's share images: the 1200×630 card shown when a link is
 * shared (headline, section, date and site name) and the publisher logo,
 * with satori (layout to SVG) and resvg (SVG to PNG). Used by the build's
 * drawing threads (drawing-worker.ts), never by pages.
 *
 * Images are cached on disk by a hash of everything drawn on them (see
 * cache-keys.ts), so an unchanged article's card is never redrawn.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { cached } from '#lib/files/build-cache.ts';
import { CARD_HEIGHT, CARD_WIDTH, LOGO_HEIGHT, LOGO_WIDTH, type CardContent } from '#lib/metadata/share-image.ts';
import { cardCacheDir, cardCacheKey, logoCacheKey } from './cache-keys.ts';

const require = createRequire(import.meta.url);
const fontFile = (pkg: string, file: string) => readFileSync(require.resolve(`${pkg}/files/${file}`));

let fonts: Parameters<typeof satori>[1]['fonts'] | undefined;
function cardFonts() {
  fonts ??= [
    {
      name: 'Source Serif 4',
      weight: 700,
      style: 'normal',
      data: fontFile('@fontsource/source-serif-4', 'source-serif-4-latin-700-normal.woff'),
    },
    {
      name: 'Source Serif 4',
      weight: 700,
      style: 'normal',
      data: fontFile('@fontsource/source-serif-4', 'source-serif-4-latin-ext-700-normal.woff'),
    },
    {
      name: 'Source Sans 3',
      weight: 600,
      style: 'normal',
      data: fontFile('@fontsource/source-sans-3', 'source-sans-3-latin-600-normal.woff'),
    },
    {
      name: 'Source Sans 3',
      weight: 600,
      style: 'normal',
      data: fontFile('@fontsource/source-sans-3', 'source-sans-3-latin-ext-600-normal.woff'),
    },
  ];
  return fonts;
}

/** Smaller type for longer headlines, so that even a long one fits in four lines. */
export function headlineSize(headline: string): number {
  if (headline.length <= 60) return 72;
  if (headline.length <= 100) return 60;
  if (headline.length <= 140) return 50;
  return 42;
}

const el = (type: string, style: Record<string, unknown>, children: unknown) => ({ type, props: { style, children } });

function cardTree(card: CardContent) {
  return el(
    'div',
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '64px 72px',
      background: '#141414',
      color: '#ffffff',
      borderTop: '16px solid #f2c14e',
    },
    [
      el(
        'div',
        {
          display: 'flex',
          fontFamily: 'Source Sans 3',
          fontSize: 30,
          fontWeight: 600,
          color: '#f2c14e',
          letterSpacing: 2,
          textTransform: 'uppercase',
        },
        card.section || ' ',
      ),
      el(
        'div',
        {
          display: 'flex',
          fontFamily: 'Source Serif 4',
          fontWeight: 700,
          fontSize: headlineSize(card.headline),
          lineHeight: 1.12,
          maxHeight: 400,
          overflow: 'hidden',
        },
        card.headline,
      ),
      el(
        'div',
        {
          display: 'flex',
          justifyContent: 'space-between',
          alignItems: 'flex-end',
          fontFamily: 'Source Sans 3',
          fontWeight: 600,
          fontSize: 30,
          color: '#e6e6e6',
        },
        [
          el('div', { display: 'flex' }, card.date || ' '),
          el('div', { display: 'flex', fontFamily: 'Source Serif 4', fontWeight: 700, fontSize: 38, color: '#ffffff' }, card.siteName),
        ],
      ),
    ],
  );
}

/** The publisher logo structured data asks for: the site name, set in the masthead face. */
async function renderPublisherLogo(siteName: string): Promise<Buffer> {
  const tree = el(
    'div',
    {
      width: LOGO_WIDTH,
      height: LOGO_HEIGHT,
      display: 'flex',
      alignItems: 'center',
      background: '#ffffff',
      color: '#141414',
      fontFamily: 'Source Serif 4',
      fontWeight: 700,
      fontSize: 44,
    },
    siteName,
  );
  const svg = await satori(tree, { width: LOGO_WIDTH, height: LOGO_HEIGHT, fonts: cardFonts() });
  return new Resvg(svg).render().asPng();
}

export async function renderCard(card: CardContent): Promise<Buffer> {
  const svg = await satori(cardTree(card), { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: cardFonts() });
  return new Resvg(svg, { fitTo: { mode: 'width', value: CARD_WIDTH } }).render().asPng();
}

/** The card's PNG, from the cache when this exact card was drawn before. */
export function cachedCard(card: CardContent, cacheDir = cardCacheDir()): Promise<Buffer> {
  return cached(cacheDir, cardCacheKey(card), () => renderCard(card));
}

/** The publisher logo's PNG, from the cache when it was drawn before. */
export function cachedPublisherLogo(siteName: string, cacheDir = cardCacheDir()): Promise<Buffer> {
  return cached(cacheDir, logoCacheKey(siteName), () => renderPublisherLogo(siteName));
}

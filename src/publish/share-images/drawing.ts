/**
 * Draws the site's share images: the 1200×630 card shown when a link is
 * shared (headline, section, date and site name) and the publisher logo,
 * with satori (layout to SVG) and resvg (SVG to PNG). Used by the build's
 * drawing threads (drawing-worker.ts), never by pages.
 *
 * Images are cached on disk by a hash of everything drawn on them (see
 * cache-keys.ts), so an unchanged article's card is never redrawn.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';
import { cached, pngEntryCheck } from '#lib/cache/build-cache.ts';
import { CARD_HEIGHT, CARD_WIDTH, LOGO_HEIGHT, LOGO_WIDTH, type CardContent } from '#lib/metadata/share-image.ts';
import { cardCacheDir, cardCacheKey, logoCacheKey } from './card-cache-keys.ts';
import { ALWAYS_LOADED_FONTS, fallbackFontFiles, familyList, readFontFile, type FontFile } from './fallback-fonts.ts';
import {
  HEADLINE_LINE_HEIGHT,
  HEADLINE_MAX_HEIGHT,
  fitHeadline,
  headlineDirection,
  headlineLineLimit,
  type HeadlineSize,
} from './headline-fitting.ts';

/** The fonts an image is drawn with, and the `fontFamily` values that set text in the house faces with them. */
interface DrawingFonts {
  satoriFonts: Font[];
  serif: string;
  sans: string;
}

const fontOptions = new Map<string, Font>();
const asFontOption = (file: FontFile): Font => {
  let option = fontOptions.get(file.path);
  if (!option) {
    option = { name: file.name, weight: file.weight, style: 'normal', data: readFontFile(file) };
    fontOptions.set(file.path, option);
  }
  return option;
};

const drawingFonts = (files: FontFile[]): DrawingFonts => ({
  satoriFonts: files.map(asFontOption),
  serif: familyList('Source Serif 4', files),
  sans: familyList('Source Sans 3', files),
});

let latinFonts: DrawingFonts | undefined;
/** The fonts that draw `text`; every Latin text gets the same ones, only the house faces' Latin files. */
export function fontsFor(text: string): DrawingFonts {
  // One list for all Latin cards, which satori then parses once.
  latinFonts ??= drawingFonts(ALWAYS_LOADED_FONTS);
  const fallbacks = fallbackFontFiles(text);
  return fallbacks.length === 0 ? latinFonts : drawingFonts([...ALWAYS_LOADED_FONTS, ...fallbacks]);
}

const cardText = (card: CardContent) => [card.section, card.headline, card.date, card.siteName].join('\n');

/**
 * Noto Emoji has a space (1.3em wide) and digits of its own, and satori sets
 * the characters after an emoji in the emoji's font while that font has them,
 * so it measured "🚀 " with the wide space and drew a gap. A zero-width space
 * after each emoji ends the emoji's run.
 */
const withEmojiRunsEnded = (text: string) =>
  text.replace(/([\p{Extended_Pictographic}\p{Regional_Indicator}][\u{FE0F}\p{Emoji_Modifier}]*)(?=[ #*0-9])/gu, '$1\u200B');

const el = (type: string, style: Record<string, unknown>, children: unknown, key?: string) => ({ type, key, props: { style, children } });

const CARD_PADDING_X = 72;
/**
 * The house faces' own line heights (what `normal` gives them), fixed for the
 * section, date and site name: a fallback face's `normal` is taller (Noto Sans
 * Arabic's by half), and would squeeze the headline's space.
 */
const HOUSE_SANS_LINE_HEIGHT = 1.424;
const HOUSE_SERIF_LINE_HEIGHT = 1.371;

interface HeadlineLayout {
  /** The headline as drawn: whole, or shortened to end in "…". */
  text: string;
  size: HeadlineSize;
  direction: 'ltr' | 'rtl';
}

/** The headline's type, the same when measured as when drawn, so that what was measured to fit does. */
const headlineStyle = ({ size, direction }: HeadlineLayout, fonts: DrawingFonts) => ({
  display: 'block',
  fontFamily: fonts.serif,
  fontWeight: 700,
  fontSize: size,
  lineHeight: HEADLINE_LINE_HEIGHT,
  // A word wider than the card (a long URL) is broken rather than run off its edge.
  overflowWrap: 'break-word',
  ...(direction === 'rtl' ? { direction } : {}),
});

function headlineElement(layout: HeadlineLayout, fonts: DrawingFonts) {
  return el(
    'div',
    {
      ...headlineStyle(layout, fonts),
      // Never reached by a fitted headline; there so that a misjudged one ends in "…" rather than a cut line.
      lineClamp: headlineLineLimit(layout.size),
      maxHeight: HEADLINE_MAX_HEIGHT,
      // Not `hidden`: only `clip` takes a margin, and Noto's scripts reach further above and below their lines than the house face.
      overflow: 'clip',
      overflowClipMargin: Math.round(layout.size / 2),
    },
    withEmojiRunsEnded(layout.text),
  );
}

/** Lays the headline out alone, at the card's text width, without drawing glyphs: a few milliseconds. */
async function measuredHeight(layout: HeadlineLayout, fonts: DrawingFonts): Promise<number> {
  let height = Infinity;
  const width = CARD_WIDTH - 2 * CARD_PADDING_X;
  const headline = el('div', headlineStyle(layout, fonts), withEmojiRunsEnded(layout.text), 'headline');
  await satori(el('div', { display: 'flex', flexDirection: 'column', width }, headline), {
    width,
    fonts: fonts.satoriFonts,
    embedFont: false,
    onNodeDetected: (node) => {
      if (node.key === 'headline') height = node.height;
    },
  });
  return height;
}

/** The headline as the card sets it: the size that fits it and, when even the smallest is too small, shortened. */
export async function layOutHeadline(headline: string, fonts: DrawingFonts): Promise<HeadlineLayout> {
  const direction = headlineDirection(headline);
  const fitted = await fitHeadline(headline, (text, size) => measuredHeight({ text, size, direction }, fonts));
  return { ...fitted, direction };
}

/** The photo behind a card's text, darkened towards the bottom so white type on it keeps its contrast. */
function photoLayers(photoDataUrl: string) {
  const fill = { position: 'absolute', top: 0, left: 0, width: CARD_WIDTH, height: CARD_HEIGHT };
  return [
    { type: 'img', props: { src: photoDataUrl, width: CARD_WIDTH, height: CARD_HEIGHT, style: { ...fill, objectFit: 'cover' } } },
    el('div', { ...fill, backgroundImage: 'linear-gradient(to bottom, rgba(20,20,20,0.55), rgba(20,20,20,0.92) 55%)' }, []),
  ];
}

function cardTree(card: CardContent, headline: HeadlineLayout, fonts: DrawingFonts, photoDataUrl?: string) {
  const content = el(
    'div',
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: `64px ${CARD_PADDING_X}px`,
      background: '#141414',
      color: '#ffffff',
      borderTop: '16px solid #f2c14e',
    },
    [
      el(
        'div',
        {
          display: 'flex',
          fontFamily: fonts.sans,
          fontSize: 30,
          lineHeight: HOUSE_SANS_LINE_HEIGHT,
          fontWeight: 600,
          color: '#f2c14e',
          letterSpacing: 2,
          textTransform: 'uppercase',
        },
        withEmojiRunsEnded(card.section) || ' ',
      ),
      headlineElement(headline, fonts),
      el(
        'div',
        {
          display: 'flex',
          justifyContent: 'space-between',
          alignItems: 'flex-end',
          fontFamily: fonts.sans,
          fontWeight: 600,
          fontSize: 30,
          color: '#e6e6e6',
        },
        [
          el('div', { display: 'flex', lineHeight: HOUSE_SANS_LINE_HEIGHT }, withEmojiRunsEnded(card.date) || ' '),
          el(
            'div',
            {
              display: 'flex',
              fontFamily: fonts.serif,
              fontWeight: 700,
              fontSize: 38,
              lineHeight: HOUSE_SERIF_LINE_HEIGHT,
              color: '#ffffff',
            },
            withEmojiRunsEnded(card.siteName),
          ),
        ],
      ),
    ],
  );
  if (!photoDataUrl) return content;
  // Positioned, like the photo layers, and after them: painted on top of them.
  content.props.style = { ...content.props.style, position: 'relative', background: 'transparent' };
  return el('div', { position: 'relative', display: 'flex', width: CARD_WIDTH, height: CARD_HEIGHT }, [
    ...photoLayers(photoDataUrl),
    content,
  ]);
}

/** The publisher logo structured data asks for: the site name, set in the masthead face. */
async function renderPublisherLogo(siteName: string): Promise<Buffer> {
  const fonts = fontsFor(siteName);
  const tree = el(
    'div',
    {
      width: LOGO_WIDTH,
      height: LOGO_HEIGHT,
      display: 'flex',
      alignItems: 'center',
      background: '#ffffff',
      color: '#141414',
      fontFamily: fonts.serif,
      fontWeight: 700,
      fontSize: 44,
    },
    withEmojiRunsEnded(siteName),
  );
  const svg = await satori(tree, { width: LOGO_WIDTH, height: LOGO_HEIGHT, fonts: fonts.satoriFonts });
  return new Resvg(svg).render().asPng();
}

/** The card as SVG, drawn with `fonts` (by default those its text needs). */
export async function cardSvg(card: CardContent, fonts = fontsFor(cardText(card)), photoDataUrl?: string): Promise<string> {
  const headline = await layOutHeadline(card.headline, fonts);
  return satori(cardTree(card, headline, fonts, photoDataUrl), { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: fonts.satoriFonts });
}

/** The file of a card's photo: in the first of `sites` that has it (the staging folder, then the published site). */
function photoFileIn(sites: readonly string[], photo: string): string {
  return sites.map((site) => join(site, photo)).find((file) => existsSync(file)) ?? join(sites[0] ?? '', photo);
}

/** `sites` are where a card's photo is read from: built sites that hold it at its site path. */
export async function renderCard(card: CardContent, fonts = fontsFor(cardText(card)), sites: readonly string[] = []): Promise<Buffer> {
  const photoDataUrl =
    card.photo && sites.length > 0
      ? `data:image/jpeg;base64,${readFileSync(photoFileIn(sites, card.photo)).toString('base64')}`
      : undefined;
  return new Resvg(await cardSvg(card, fonts, photoDataUrl), { fitTo: { mode: 'width', value: CARD_WIDTH } }).render().asPng();
}

/** The card's PNG, from the cache when this exact card was drawn before. */
export function cachedCard(card: CardContent, cacheDir = cardCacheDir(), sites: readonly string[] = []): Promise<Buffer> {
  return cached(cacheDir, cardCacheKey(card), () => renderCard(card, fontsFor(cardText(card)), sites), pngEntryCheck);
}

/** The publisher logo's PNG, from the cache when it was drawn before. */
export function cachedPublisherLogo(siteName: string, cacheDir = cardCacheDir()): Promise<Buffer> {
  return cached(cacheDir, logoCacheKey(siteName), () => renderPublisherLogo(siteName), pngEntryCheck);
}

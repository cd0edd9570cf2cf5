/**
 * Fits a card's headline in the space the card leaves it: the largest type
 * that holds the whole headline, and for a headline too long even in the
 * smallest, the most of it that fits, cut after a word and ended with "…".
 */

/** The type sizes a headline is set in, largest first. */
const HEADLINE_SIZES = [72, 60, 50, 42] as const;
export type HeadlineSize = (typeof HEADLINE_SIZES)[number];

/** The height the card leaves its headline between the section above and the date and site name below. */
export const HEADLINE_MAX_HEIGHT = 400;
export const HEADLINE_LINE_HEIGHT = 1.12;

/** How many lines fit at `size`; satori rounds each line's height to whole pixels. */
export function headlineLineLimit(size: HeadlineSize): number {
  return Math.floor(HEADLINE_MAX_HEIGHT / Math.round(size * HEADLINE_LINE_HEIGHT));
}

/**
 * The size a headline of this length starts from: smaller type for longer
 * headlines, so that a Latin one fits without being measured again. Text
 * wider than Latin (CJK, wide scripts) may still need a smaller size.
 */
export function headlineSize(headline: string): HeadlineSize {
  if (headline.length <= 60) return 72;
  if (headline.length <= 100) return 60;
  if (headline.length <= 140) return 50;
  return 42;
}

/** The height `text` takes when set at `size` across the headline's width. */
type MeasureHeight = (text: string, size: HeadlineSize) => Promise<number>;

interface FittedHeadline {
  text: string;
  size: HeadlineSize;
}

const fits = async (measureHeight: MeasureHeight, text: string, size: HeadlineSize) =>
  (await measureHeight(text, size)) <= HEADLINE_MAX_HEIGHT;

export async function fitHeadline(headline: string, measureHeight: MeasureHeight): Promise<FittedHeadline> {
  const sizes = HEADLINE_SIZES.filter((size) => size <= headlineSize(headline));
  for (const size of sizes) {
    if (await fits(measureHeight, headline, size)) return { text: headline, size };
  }
  const smallest = sizes.at(-1)!;
  return { text: await shortened(headline, smallest, measureHeight), size: smallest };
}

const ELLIPSIS = '…';
const wordEnds = (text: string) =>
  [...new Intl.Segmenter('und', { granularity: 'word' }).segment(text)]
    .filter((segment) => segment.isWordLike)
    .map((segment) => segment.index + segment.segment.length);
// For a first word too long to fit on its own (a URL, a language written without spaces the segmenter does not know).
const characterEnds = (text: string) =>
  [...new Intl.Segmenter('und', { granularity: 'grapheme' }).segment(text)].map((segment) => segment.index + segment.segment.length);

/** The longest start of `headline`, ending after a word, that fits with "…" after it. */
async function shortened(headline: string, size: HeadlineSize, measureHeight: MeasureHeight): Promise<string> {
  const cutAt = (end: number) => headline.slice(0, end).trimEnd() + ELLIPSIS;
  for (const ends of [wordEnds(headline), characterEnds(headline)]) {
    // Binary search for the last end that fits: a longer start never takes fewer lines.
    let fitting = -1;
    let tooLong = ends.length;
    while (tooLong - fitting > 1) {
      const middle = Math.floor((fitting + tooLong) / 2);
      if (await fits(measureHeight, cutAt(ends[middle]!), size)) fitting = middle;
      else tooLong = middle;
    }
    if (fitting >= 0) return cutAt(ends[fitting]!);
  }
  return ELLIPSIS;
}

const rightToLeftLetter = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}]/u;

/** Right to left when the headline's first letter is of a right-to-left script, as `dir="auto"` decides. */
export function headlineDirection(headline: string): 'rtl' | 'ltr' {
  const firstLetter = /\p{L}/u.exec(headline)?.[0];
  return firstLetter && rightToLeftLetter.test(firstLetter) ? 'rtl' : 'ltr';
}

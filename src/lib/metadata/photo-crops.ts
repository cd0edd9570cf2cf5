/**
 * The crops of an article's photo that machines are given: three for
 * structured data, in the shapes news search engines ask for (16:9, 4:3, 1:1,
 * at least 1,200 px wide), and one the size of the share card it is drawn into.
 */
export interface Crop {
  width: number;
  height: number;
}

export const STRUCTURED_DATA_CROPS: readonly Crop[] = [
  { width: 1200, height: 675 },
  { width: 1200, height: 900 },
  { width: 1200, height: 1200 },
];

export const SHARE_CARD_CROP: Crop = { width: 1200, height: 630 };

/**
 * The widths a reader's browser chooses a lead photo from (the article's, and
 * the same story's on a front, so both pages share the files): from a phone's
 * screen to a 2x laptop column (38rem).
 */
export const LEAD_PHOTO_WIDTHS = [400, 608, 800, 1216, 1600];
/** The article column, which a lead photo and a body image fill: the whole screen less its margins, up to 38rem. */
export const COLUMN_PHOTO_SIZES = '(min-width: 40rem) 38rem, calc(100vw - 2rem)';

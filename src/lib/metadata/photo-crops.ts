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

/**
 * Which variants each use of a photo needs (issue #23): the lead photo of an article (and of its
 * story on a front), an image in a body, a front's thumbnail, an author's portrait, and the crops
 * machines are given. The pages render from these and the publish step makes exactly these, so
 * what a page names is always what the site holds.
 *
 * WebP at every width, with one JPEG as the fallback: every browser the site supports reads WebP,
 * so a JPEG at every width would be made for nobody; AVIF saved 4–6 kB at 1,280 px for twice the
 * making time (docs/decisions/023).
 */
import { dirname, join } from 'node:path';
import { LEAD_PHOTO_WIDTHS, SHARE_CARD_CROP, STRUCTURED_DATA_CROPS } from '#lib/metadata/photo-crops.ts';
import { cropVariant, pictureSources, responsiveVariants, type PhotoSource, type PictureSources, type Variant } from './variant-plan.ts';

/** The fallback JPEG's width: a 38rem column at 1.3×, enough for the browsers that need it. */
const FALLBACK_JPEG_WIDTH = 800;

/** The widths of a body image, the column's: from a phone to a 2× laptop column. */
const BODY_IMAGE_WIDTHS = [400, 608, 800, 1216];

/** An author's portrait is shown 96 px square, at 1× and 2×. */
export const PORTRAIT_SIZE = 96;

function webpWithJpegFallback(source: PhotoSource, widths: readonly number[]): Variant[] {
  return [
    ...responsiveVariants(source, widths, ['webp']),
    ...responsiveVariants(source, [Math.min(FALLBACK_JPEG_WIDTH, source.width)], ['jpeg']),
  ];
}

export const leadPhotoVariants = (source: PhotoSource): Variant[] => webpWithJpegFallback(source, LEAD_PHOTO_WIDTHS);

export const bodyImageVariants = (source: PhotoSource): Variant[] => webpWithJpegFallback(source, BODY_IMAGE_WIDTHS);

/** A front's thumbnail: the lead photo's smallest WebP and its JPEG, so a front makes no file of its own. */
export function thumbnailVariants(source: PhotoSource): Variant[] {
  const lead = leadPhotoVariants(source);
  return [lead[0]!, lead.at(-1)!];
}

/** The 16:9, 4:3 and 1:1 crops of 1,200 px that structured data offers news search engines. */
export const structuredDataCrops = (source: PhotoSource): Variant[] =>
  STRUCTURED_DATA_CROPS.map((crop) => cropVariant(source, crop, 'jpeg'));

/** The crop a share card is drawn over. */
export const shareCardCrop = (source: PhotoSource): Variant => cropVariant(source, SHARE_CARD_CROP, 'jpeg');

/** A portrait, cut square at 1× and 2× in WebP, the 2× also in JPEG. */
export function portraitVariants(source: PhotoSource): Variant[] {
  const square = (side: number) => ({ width: side, height: side });
  return [
    cropVariant(source, square(PORTRAIT_SIZE), 'webp'),
    cropVariant(source, square(2 * PORTRAIT_SIZE), 'webp'),
    cropVariant(source, square(2 * PORTRAIT_SIZE), 'jpeg'),
  ];
}

/** Every variant a photo can be asked for, whatever its use: how `astro dev` finds the one a page names. */
export const everyVariantOf = (source: PhotoSource): Variant[] => [
  ...leadPhotoVariants(source),
  ...bodyImageVariants(source),
  ...structuredDataCrops(source),
  shareCardCrop(source),
  ...portraitVariants(source),
];

export const leadPicture = (source: PhotoSource): PictureSources => pictureSources(leadPhotoVariants(source));
export const bodyImagePicture = (source: PhotoSource): PictureSources => pictureSources(bodyImageVariants(source));
export const thumbnailPicture = (source: PhotoSource): PictureSources => pictureSources(thumbnailVariants(source));
export const portraitPicture = (source: PhotoSource): PictureSources => pictureSources(portraitVariants(source));

/** One photo to make: its original file, what the loader read of it, and the variants the pages name. */
export interface PhotoJob {
  original: string;
  source: PhotoSource;
  variants: Variant[];
}

/** What an article's photo and body images are published as; `file` is the article's, which they sit beside. */
export function articlePhotoJobs(
  file: string,
  data: {
    photo?: { src?: string | undefined } | undefined;
    photoSource?: PhotoSource | undefined;
    bodyImages: ReadonlyArray<{ path: string; source: PhotoSource }>;
  },
): PhotoJob[] {
  const beside = (path: string) => join(dirname(file), path);
  const lead =
    data.photo?.src && data.photoSource
      ? [
          {
            original: beside(data.photo.src),
            source: data.photoSource,
            variants: [...leadPhotoVariants(data.photoSource), ...structuredDataCrops(data.photoSource), shareCardCrop(data.photoSource)],
          },
        ]
      : [];
  return [...lead, ...data.bodyImages.map(({ path, source }) => ({ original: beside(path), source, variants: bodyImageVariants(source) }))];
}

/** What an author's portrait is published as; `file` is the author's, which it sits beside. */
export function portraitPhotoJobs(file: string, data: { photo?: string | undefined; photoSource?: PhotoSource | undefined }): PhotoJob[] {
  return data.photo && data.photoSource
    ? [{ original: join(dirname(file), data.photo), source: data.photoSource, variants: portraitVariants(data.photoSource) }]
    : [];
}

/**
 * Which files a photo is published as, and what each is called (issue #23). A variant's name is
 * fixed by everything that decides its bytes: the original's content hash, the encoder settings,
 * the width, the crop and the format. So a name never has to be checked against the file it names:
 * a photo whose bytes change under the same file name gets new names, which changes the props,
 * and so the cache key, of every page that shows it; an unchanged photo is never made twice.
 *
 * Pure: the original's size and hash come from the loader, the bytes are made by
 * src/publish/photos/.
 */
import { createHash } from 'node:crypto';

/** A photo as the loader describes it: its bytes' hash and its size once the camera's orientation is applied. */
export interface PhotoSource {
  hash: string;
  width: number;
  height: number;
}

export type VariantFormat = 'avif' | 'webp' | 'jpeg';

/** One file a photo is published as. `crop` is the shape it was cut to, or absent for the whole frame. */
export interface Variant {
  /** The site path, `/_photos/<hash>/<name>`. */
  path: string;
  width: number;
  height: number;
  format: VariantFormat;
  /** How it is encoded (the settings of its format in the EncoderSettings its name was made with). */
  encoder: EncoderSettings[VariantFormat];
  crop?: { width: number; height: number };
}

/**
 * The encoders' settings. Part of every variant's name, so a change here gives every photo new
 * files and the pages that show them new keys. WebP at effort 2 and JPEG without mozjpeg cost a
 * third of the defaults' time for 10 % more bytes (docs/decisions/023); AVIF is not published.
 */
export const ENCODER_SETTINGS: EncoderSettings = {
  avif: { quality: 50, effort: 2 },
  webp: { quality: 80, effort: 2 },
  jpeg: { quality: 80, mozjpeg: false },
};

/** sharp's options for each format, as far as the site sets them. */
export interface EncoderSettings {
  avif: { quality: number; effort: number };
  webp: { quality: number; effort: number };
  jpeg: { quality: number; mozjpeg: boolean };
}

/** The folder the published variants live under: made by the build, never by an author. */
export const PHOTO_FOLDER = '_photos';

const EXTENSIONS: Record<VariantFormat, string> = { avif: 'avif', webp: 'webp', jpeg: 'jpg' };

/** The folder a photo's variants share: its content hash and the encoder settings, in 20 hex digits. */
export function variantFolder(source: PhotoSource, settings = ENCODER_SETTINGS): string {
  const key = createHash('sha256')
    .update(JSON.stringify([source.hash, settings]))
    .digest('hex')
    .slice(0, 20);
  return `/${PHOTO_FOLDER}/${key}`;
}

/**
 * The whole frame at each of `widths` no wider than the original, in each format, and at the
 * original's own width when it falls between two of them (a 1,200 px original is published at
 * 1,200 px, not only at the 800 below it); never enlarged.
 */
export function responsiveVariants(
  source: PhotoSource,
  widths: readonly number[],
  formats: readonly VariantFormat[],
  settings = ENCODER_SETTINGS,
): Variant[] {
  const fitting = widths.filter((width) => width <= source.width);
  const chosen = widths.some((width) => width > source.width) && !fitting.includes(source.width) ? [...fitting, source.width] : fitting;
  return formats.flatMap((format) =>
    chosen.map((width) => ({
      path: `${variantFolder(source, settings)}/${width}.${EXTENSIONS[format]}`,
      width,
      height: Math.round((source.height * width) / source.width),
      format,
      encoder: settings[format],
    })),
  );
}

/** The photo cut to exactly `crop` (centred, covering it), e.g. the 1200×675 image structured data asks for. */
export function cropVariant(
  source: PhotoSource,
  crop: { width: number; height: number },
  format: VariantFormat,
  settings = ENCODER_SETTINGS,
): Variant {
  return {
    path: `${variantFolder(source, settings)}/${crop.width}x${crop.height}.${EXTENSIONS[format]}`,
    width: crop.width,
    height: crop.height,
    format,
    encoder: settings[format],
    crop: { ...crop },
  };
}

/**
 * How wide the original must be decoded for every variant in `variants` to be made from that
 * one decoding without enlarging: the widest variant, or for a crop the width at which the
 * original covers it. Never wider than the original itself.
 */
export function decodeWidth(source: PhotoSource, variants: readonly Variant[]): number {
  const needed = variants.map(({ width, height, crop }) =>
    crop ? Math.ceil(source.width * Math.max(width / source.width, height / source.height)) : width,
  );
  return Math.min(source.width, Math.max(1, ...needed));
}

/** What a `<picture>` is made of: its sources, best format first, and the fallback `<img>`'s. */
export interface PictureSources {
  sources: Array<{ type: string; srcset: string }>;
  /** `width` and `height` are the widest variant's, so the box is reserved at the photo's own shape. */
  fallback: { src: string; srcset: string; width: number; height: number };
}

/** A `<picture>`'s sources from the variants of one shape (a photo's whole frame, or one crop at several sizes). */
export function pictureSources(variants: readonly Variant[]): PictureSources {
  const srcset = (format: VariantFormat) =>
    variants
      .filter((variant) => variant.format === format)
      .map((variant) => `${variant.path} ${variant.width}w`)
      .join(', ');
  const formats = [...new Set(variants.map((variant) => variant.format))];
  const fallbackFormat: VariantFormat = formats.includes('jpeg') ? 'jpeg' : formats.at(-1)!;
  const fallback = variants.filter((variant) => variant.format === fallbackFormat).at(-1)!;
  const widest = variants.reduce((wide, variant) => (variant.width > wide.width ? variant : wide));
  return {
    sources: formats.filter((format) => format !== fallbackFormat).map((format) => ({ type: `image/${format}`, srcset: srcset(format) })),
    fallback: { src: fallback.path, srcset: srcset(fallbackFormat), width: widest.width, height: widest.height },
  };
}

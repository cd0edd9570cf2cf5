/**
 * Makes a photo's variants (src/lib/photos/variant-plan.ts) into the build cache, decoding the
 * original once: shrunk while it loads to the width the widest variant of any use needs (JPEG and WebP
 * decode at 1/2, 1/4 or 1/8 of their size for nearly nothing), turned upright by its EXIF
 * orientation, and every width, crop and format resized and encoded from those pixels. Astro's
 * image service decoded the whole original again for each of a photo's 25 variants.
 *
 * Every variant is written aside and renamed, so a build stopped midway leaves no half file;
 * sharp writes no metadata unless asked, so no variant carries what the camera recorded.
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { writeAside } from '#lib/cache/build-cache.ts';
import { everyVariantOf, type PhotoJob } from '#lib/photos/photo-uses.ts';
import { decodeWidth, type Variant } from '#lib/photos/variant-plan.ts';

/** The most pixels an original may have (the loader refuses more: src/lib/loading/image-files.ts). */
const MAX_IMAGE_PIXELS = 120_000_000;

/** Where `variant` is kept in the build cache at `cacheDir`: its site path under it. */
export const cachedVariantFile = (cacheDir: string, variant: Variant) => join(cacheDir, variant.path);

/** Whether the cache holds `variant` whole: a file that is not empty (an interrupted write leaves only a .partial file). */
export function hasVariant(cacheDir: string, variant: Variant): boolean {
  const file = cachedVariantFile(cacheDir, variant);
  return existsSync(file) && statSync(file).size > 0;
}

function encoded(image: Sharp, variant: Variant): Sharp {
  if (variant.format === 'avif') return image.avif(variant.encoder);
  if (variant.format === 'webp') return image.webp(variant.encoder);
  return image.jpeg(variant.encoder);
}

/** Makes the variants of `job` the cache at `cacheDir` lacks; returns how many it made. */
export async function makeVariants(job: PhotoJob, cacheDir: string): Promise<number> {
  const missing = job.variants.filter((variant) => !hasVariant(cacheDir, variant));
  if (missing.length === 0) return 0;
  // Always the width every use of the photo could need, not only the missing variants': a
  // variant's bytes then never depend on which others were made with it (or on what the cache
  // held), so a warm build gives what a cold one gives, byte for byte.
  const width = decodeWidth(job.source, everyVariantOf(job.source));
  const { data, info } = await sharp(job.original, { limitInputPixels: MAX_IMAGE_PIXELS, pages: 1 })
    .rotate()
    .resize({ width, withoutEnlargement: true })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const raw = { width: info.width, height: info.height, channels: info.channels };
  for (const variant of missing) {
    const resized = sharp(data, { raw }).resize(variant.width, variant.height, {
      fit: variant.crop ? 'cover' : 'fill',
      withoutEnlargement: false,
    });
    // JPEG has no transparency: a transparent PNG's background is the page's, white.
    const bytes = await encoded(variant.format === 'jpeg' ? resized.flatten({ background: '#ffffff' }) : resized, variant).toBuffer();
    const file = cachedVariantFile(cacheDir, variant);
    mkdirSync(dirname(file), { recursive: true });
    writeAside(file, bytes);
  }
  return missing.length;
}

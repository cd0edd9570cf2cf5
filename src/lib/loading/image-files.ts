/**
 * The checks an image file gets when its article, or its author, is loaded (a photo, an image in
 * a body, a portrait): that it is a file inside the content folder, not a link out of it, and
 * that it decodes, so a bad one is named with the content file that shows it, never by a variant
 * on a page; and, once it passes, what the photo pipeline needs of it (checkedImage). Nothing
 * here ever shows what a file holds.
 */
import { createHash } from 'node:crypto';
import { lstatSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { relative, isAbsolute } from 'node:path';
import pLimit from 'p-limit';
import sharp, { type Metadata } from 'sharp';
import type { PhotoSource } from '#lib/photos/variant-plan.ts';

/**
 * The most pixels an image may have: the largest cameras make about 100 megapixels; a
 * 40,000 × 40,000 px image (a "decompression bomb", a few kilobytes on disk) would take 4.8 GB
 * of memory to decode.
 */
const MAX_IMAGE_PIXELS = 120_000_000;

/** The formats the photo pipeline converts (sharp's names; AVIF reads as "heif"). */
const IMAGE_FORMATS = new Set(['jpeg', 'png', 'webp', 'heif', 'gif', 'tiff']);

const megapixels = (pixels: number) => `${Math.round(pixels / 1_000_000).toLocaleString('en')} megapixels`;

function isInside(folder: string, path: string): boolean {
  const fromFolder = relative(folder, path);
  return fromFolder !== '' && !fromFolder.startsWith('..') && !isAbsolute(fromFolder);
}

/** Whether `file` is, or is reached through, a symbolic link to somewhere outside `folder` (an article file, an image). */
export function linksOutside(file: string, folder: string): boolean {
  try {
    return !isInside(realpathSync(folder), realpathSync(file));
  } catch {
    return false;
  }
}

/**
 * Why the image at `file` may not be published from `contentDir`, or undefined: a symbolic link
 * whose target is outside the content folder (which could publish any file the build can read),
 * or something that is not a plain file. The link's target is never read nor named.
 */
export function imageLocationProblem(file: string, contentDir: string): string | undefined {
  let real: string;
  try {
    real = realpathSync(file);
  } catch {
    return lstatSync(file, { throwIfNoEntry: false })?.isSymbolicLink()
      ? 'is a symbolic link to a file that does not exist; put the image itself in its place'
      : undefined;
  }
  if (linksOutside(real, contentDir)) {
    return 'is a symbolic link to a file outside the content folder, which the build never publishes; put a copy of the image itself in its place';
  }
  if (!statSync(real).isFile()) return 'is not a file (a folder or a device); put the image file itself in its place';
  return undefined;
}

/** An image that decoded, with what its variants are made from, or why it cannot be published. */
export type CheckedImage = { source: PhotoSource; problem?: undefined } | { problem: string; source?: undefined };

/**
 * Images checked at once: enough to keep every core decoding while the others read, and few
 * enough that the originals held in memory stay a handful (a camera's file is 2 to 20 MB).
 */
const checking = pLimit(availableParallelism() * 2);

/**
 * The image at `file`, read once: why it cannot be published (empty, not an image format the
 * site converts, an SVG or a text file renamed .jpg, too many pixels, checked from its header
 * before any decoding, animated, or damaged or cut short, found by decoding it all, small: JPEG
 * and WebP shrink while they decode, so this costs a fraction of the resizing that follows in the
 * photo pipeline); or, once it has decoded, what the photo pipeline needs of it: a hash of its
 * bytes, which names its variants, and its size the right way up (a phone's portrait photo is
 * often stored on its side with an EXIF orientation). Never rejects: a file that cannot be read
 * is a problem like any other, reported with its article.
 */
export function checkedImage(file: string): Promise<CheckedImage> {
  return checking(async (): Promise<CheckedImage> => {
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      return {
        problem: `the file cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}); check that it is a file the build may read`,
      };
    }
    if (bytes.length === 0) return { problem: 'the file is empty; copy the image again' };
    let metadata: Metadata;
    try {
      // The header alone, whatever size it gives: a size over the limit gets its own message below.
      metadata = await sharp(bytes, { limitInputPixels: false }).metadata();
    } catch {
      return {
        problem:
          'the file is not an image the site can read (JPEG, PNG, WebP, AVIF, GIF or TIFF), though its name says so; export it again in one of those formats',
      };
    }
    if (!IMAGE_FORMATS.has(metadata.format)) {
      const format = metadata.format === 'svg' ? 'an SVG drawing' : `a ${metadata.format.toUpperCase()} file`;
      return {
        problem: `the file is ${format}, not a JPEG, PNG, WebP, AVIF, GIF or TIFF image, though its name says so; export it again in one of those formats`,
      };
    }
    // Only the first frame could be published: a still the author did not choose, without a word.
    if ((metadata.pages ?? 1) > 1) {
      return {
        problem: `the image is animated (${metadata.pages} frames), and the site publishes stills; export the frame you want as a JPEG or PNG`,
      };
    }
    const pixels = metadata.width * metadata.height;
    if (pixels > MAX_IMAGE_PIXELS) {
      return {
        problem: `the image is ${metadata.width.toLocaleString('en')} × ${metadata.height.toLocaleString('en')} px (${megapixels(pixels)}), over the limit of ${megapixels(MAX_IMAGE_PIXELS)}; export a smaller copy (3,000 px on the long side is plenty for the site)`,
      };
    }
    try {
      await sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'truncated', pages: 1 })
        .resize(64, 64, { fit: 'inside' })
        .raw()
        .toBuffer();
    } catch {
      return {
        problem:
          'the image cannot be decoded: the file is damaged or cut short (an interrupted download or copy?); copy or export it again',
      };
    }
    const { width, height } = metadata.autoOrient;
    return { source: { hash: createHash('sha256').update(bytes).digest('hex'), width, height } };
  });
}

/** Portraits checked in this process, by path and stamp: the authors' loader and the articles' loader both need each one. */
const portraitsChecked = new Map<string, Promise<CheckedImage>>();

/**
 * An author's portrait, checked once for both loaders that need it (the article loader reports a
 * bad one, the authors' loader keeps a good one's hash and size). Only portraits: there are tens
 * of them, where keeping every photo's result would hold the whole archive's in memory.
 */
export function checkedPortrait(file: string): Promise<CheckedImage> {
  // The file's own stamp and, for a link, its target's: a dev server sees either replaced.
  const target = statSync(file, { throwIfNoEntry: false });
  const key = `${file}\0${imageFileStamp(file)}\0${target?.size}:${target?.mtimeMs}:${target?.ctimeMs}:${target?.ino}`;
  let checked = portraitsChecked.get(key);
  if (!checked) portraitsChecked.set(key, (checked = checkedImage(file)));
  return checked;
}

/** Why the image at `file` cannot be published, or undefined once it has decoded (see checkedImage). */
export async function imageDecodingProblem(file: string): Promise<string | undefined> {
  return (await checkedImage(file)).problem;
}

/**
 * What changes when an image file is replaced in place (a fixed copy, a link made), so that an
 * article whose own text is unchanged has its images checked again: the entry's size, time and
 * kind as the folder lists it, without following a link.
 */
export function imageFileStamp(file: string): string {
  const stat = lstatSync(file, { throwIfNoEntry: false });
  return stat ? `${stat.isSymbolicLink() ? 'link' : 'file'}:${stat.size}:${stat.mtimeMs}:${stat.ino}` : 'missing';
}

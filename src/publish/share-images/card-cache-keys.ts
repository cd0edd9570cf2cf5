/**
 * Where drawn share images are kept in the build cache: a file named by a hash
 * of everything drawn on it, so an unchanged card is never drawn twice.
 */
import { join } from 'node:path';
import { BUILD_CACHES, codeAndLibrariesDigest, contentHash } from '#lib/cache/build-cache.ts';
import type { CardContent } from '#lib/metadata/share-image.ts';
import { settings } from '#lib/settings.ts';
import { PHOTO_MAKING_CODE } from '../photos/making-code.ts';

/**
 * The code a card is drawn by: the drawing, its fonts and headline fitting, what the card says
 * (share-image.ts), the locked versions of the libraries it imports (satori, resvg and theirs),
 * the font packages it reads by path, and what makes the photo variant a card is drawn over (the
 * variant is named by its photo's bytes, not by sharp's version). Any change there draws every
 * card again, and nothing else does; read once a process.
 */
const DRAWING_CODE = [
  'src/publish/share-images/**/*.ts',
  'src/lib/metadata/share-image.ts',
  'node_modules/@fontsource/*/package.json',
  ...PHOTO_MAKING_CODE,
];
let drawingDigest: string | undefined;
const drawing = () => (drawingDigest ??= codeAndLibrariesDigest(process.cwd(), DRAWING_CODE));

export function cardCacheDir(): string {
  return join(settings.buildCacheDir, BUILD_CACHES.shareImages);
}

/** The card's file name in the cache. */
export function cardCacheKey(card: CardContent): string {
  return `${contentHash([drawing(), card])}.png`;
}

/** The publisher logo's file name in the cache. */
export function logoCacheKey(siteName: string): string {
  return `logo-${contentHash([drawing(), siteName])}.png`;
}

/**
 * Where drawn share images are kept in the build cache: a file named by a hash
 * of everything drawn on it, so an unchanged card is never drawn twice.
 */
import { join } from 'node:path';
import { BUILD_CACHES, contentHash } from '#lib/files/build-cache.ts';
import type { CardContent } from '#lib/metadata/share-image.ts';
import { settings } from '#lib/settings.ts';

/** Bump when the drawing (drawing.ts, its fonts, headline fitting) changes, so cached images are redrawn. */
const DRAWING_VERSION = 3;

export function cardCacheDir(): string {
  return join(settings.buildCacheDir, BUILD_CACHES.shareImages);
}

/** The card's file name in the cache. */
export function cardCacheKey(card: CardContent): string {
  return `${contentHash([DRAWING_VERSION, card])}.png`;
}

/** The publisher logo's file name in the cache. */
export function logoCacheKey(siteName: string): string {
  return `logo-${contentHash([DRAWING_VERSION, siteName])}.png`;
}

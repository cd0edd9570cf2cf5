/**
 * Places the site's share images in the built site: every article's social
 * card beside its page, the site's own card and the publisher logo at the root.
 *
 * The images not yet in the build cache are drawn on every core at once
 * (satori and resvg are pure and take ~35 ms a card); then each cached PNG is
 * hard-linked into place. Linking costs no copy, an unchanged card is never
 * drawn twice, and Astro never loads the drawing libraries.
 */
import { linkOrCopy } from '../link-or-copy.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { hasWholePng } from '#lib/cache/build-cache.ts';
import { onEveryCore } from '#lib/cache/worker-pool.ts';
import { PUBLISHER_LOGO_PATH, SITE_CARD_PATH, articleCardPath } from '#lib/addresses/site-paths.ts';
import type { PublishedArticle } from '#publish/publish-manifest.ts';
import { siteCardContent, type CardContent } from '#lib/metadata/share-image.ts';
import { settings } from '#lib/settings.ts';
import { cardCacheDir, cardCacheKey, logoCacheKey } from './card-cache-keys.ts';

export type Drawing = { card: CardContent } | { logoOf: string };

/**
 * Draws what the cache lacks and places every image in `siteDir`; returns how many were drawn.
 * A card's photo is read from the first of `photoSites` that has it (`siteDir`, then the
 * published site, whose photo folder a publish keeps: see photos/published-photos.ts).
 */
export async function placeShareImages(
  siteDir: string,
  articles: PublishedArticle[],
  photoSites: readonly string[] = [siteDir],
  siteName = settings.name,
  cacheDir = cardCacheDir(),
): Promise<{ placed: number; drawn: number }> {
  for (const { path } of articles) {
    // Every card sits beside its article's page; a missing page means the build and its manifest disagree.
    if (!existsSync(join(siteDir, path, 'index.html'))) throw new Error(`share images: no article page was built at ${path}`);
  }
  const placements: Array<{ key: string; target: string; drawing: Drawing }> = [
    ...articles.map(({ path, card }) => ({ key: cardCacheKey(card), target: articleCardPath(path), drawing: { card } })),
    { key: cardCacheKey(siteCardContent(siteName)), target: SITE_CARD_PATH, drawing: { card: siteCardContent(siteName) } },
    { key: logoCacheKey(siteName), target: PUBLISHER_LOGO_PATH, drawing: { logoOf: siteName } },
  ];

  const missing = new Map<string, Drawing>();
  for (const { key, drawing } of placements) {
    // Checked, not only found: an emptied or cut-short PNG would be published as a broken image.
    if (!missing.has(key) && !hasWholePng(join(cacheDir, key))) missing.set(key, drawing);
  }
  if (missing.size > 0) await onEveryCore(new URL('./drawing-worker.ts', import.meta.url), { cacheDir, photoSites }, [...missing.values()]);

  for (const { key, target } of placements) linkOrCopy(join(cacheDir, key), join(siteDir, target));
  return { placed: placements.length, drawn: missing.size };
}

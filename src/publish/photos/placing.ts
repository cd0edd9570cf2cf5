/**
 * Places the photos' variants in the built site, as the share images are placed: the photos
 * whose variants the build cache lacks are made on every core at once (one thread per core,
 * each photo decoded once, see variant-making.ts), then each variant is hard-linked from the
 * cache to its path, so a build copies no image bytes and an unchanged photo is never made
 * again. An incremental publish places only what the published photo folder lacks, into that
 * folder itself, which then moves into the new site (publish-site.ts): a photo is named by its
 * bytes, so one already published is already right.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { codeDigest } from '#lib/cache/build-cache.ts';
import { onEveryCore } from '#lib/cache/worker-pool.ts';
import { linkOrCopy } from '../link-or-copy.ts';
import type { PhotoJob } from '#lib/photos/photo-uses.ts';
import type { PlacedPhotos } from './published-photos.ts';
import { cachedVariantFile, hasVariant } from './variant-making.ts';
import { PHOTO_MAKING_CODE } from './making-code.ts';

/**
 * Where the variants are kept between builds, under a digest of the code that makes them, so new
 * making code or a new sharp makes every photo again. A full build (`--full`) keeps it: a variant
 * is named by its original's bytes, so a kept one is right, and remaking an archive's photos
 * takes hours (delete the folder to force it).
 */
export function photoVariantsCache(root: string, buildCacheDir: string): string {
  return join(buildCacheDir, 'photo-variants', codeDigest(root, PHOTO_MAKING_CODE));
}

/**
 * Makes what the cache at `cacheDir` lacks and links into `siteDir` every variant of `jobs` that
 * `alreadyPlaced` does not list there (a publish into the published site's own photo folder
 * places only new photos: its work follows the change, not the archive). Says how many photos
 * were made, which files were added and what the folder now holds.
 */
export async function placePhotos(
  siteDir: string,
  jobs: readonly PhotoJob[],
  cacheDir: string,
  alreadyPlaced: PlacedPhotos = {},
): Promise<{ made: number; added: string[]; now: PlacedPhotos }> {
  // One job per photo, however many pages show it.
  const byPhoto = new Map<string, PhotoJob>();
  for (const job of jobs) {
    const known = byPhoto.get(job.source.hash);
    const variants = new Map([...(known?.variants ?? []), ...job.variants].map((variant) => [variant.path, variant]));
    byPhoto.set(job.source.hash, { ...job, variants: [...variants.values()] });
  }
  const toPlace = [...byPhoto.values()].map((job) => {
    const there = new Set(alreadyPlaced[job.source.hash]);
    return { job, variants: job.variants.filter((variant) => !there.has(variant.path)) };
  });
  const missing = toPlace.filter(({ variants }) => variants.some((variant) => !hasVariant(cacheDir, variant))).map(({ job }) => job);
  if (missing.length > 0) await onEveryCore(new URL('./making-worker.ts', import.meta.url), { cacheDir }, missing);

  const added: string[] = [];
  for (const { variants } of toPlace) {
    if (variants.length === 0) continue;
    // A photo's variants share one folder (variantFolder): made once, not once a file.
    mkdirSync(dirname(join(siteDir, variants[0]!.path)), { recursive: true });
    for (const variant of variants) {
      linkOrCopy(cachedVariantFile(cacheDir, variant), join(siteDir, variant.path));
      added.push(variant.path);
    }
  }
  const now = Object.fromEntries([...byPhoto].map(([hash, job]) => [hash, job.variants.map((variant) => variant.path).sort()]));
  return { made: missing.length, added, now };
}

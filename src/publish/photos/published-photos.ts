/**
 * The published site's photo folder, kept from publish to publish: a photo is named by its
 * bytes, so a variant once published is right for as long as a page shows it. The record of what
 * the folder holds (kept in the build cache, forgotten while a publish runs, written once the new
 * site is in place) lets a publish place only new photos and remove those no page shows any more,
 * without walking the folder. Nothing here loads sharp: the record is read before Astro runs.
 */
import { existsSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PHOTO_FOLDER } from '#lib/photos/variant-plan.ts';

/**
 * The variants a published site's photo folder holds, by photo hash: what the next publish to
 * it need not place again, and what it removes when no page shows them any more.
 */
export type PlacedPhotos = Record<string, string[]>;

/** The files `before` lists that `now` does not: variants no page shows any more. */
export function photosNoLongerShown(before: PlacedPhotos, now: PlacedPhotos): string[] {
  return Object.entries(before).flatMap(([hash, paths]) => {
    const kept = new Set(now[hash]);
    return paths.filter((path) => !kept.has(path));
  });
}

/** Whether a value read back is PlacedPhotos: anything else (cut short, edited) counts as no record. */
function isPlacedPhotos(value: unknown): value is PlacedPhotos {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every(
      (paths) =>
        Array.isArray(paths) &&
        paths.every((path) => typeof path === 'string' && path.startsWith(`/${PHOTO_FOLDER}/`) && !path.split('/').includes('..')),
    )
  );
}

/** The record at `file` of what the published photo folder holds, or undefined when there is none or it is not whole. */
export function readPlacedPhotos(file: string): PlacedPhotos | undefined {
  try {
    const record: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return isPlacedPhotos(record) ? record : undefined;
  } catch {
    return undefined;
  }
}

/** Deletes from the published site at `siteDir` the photo files `paths`, and the folders they leave empty. */
export function removePhotoFiles(siteDir: string, paths: readonly string[]): void {
  for (const path of paths) rmSync(join(siteDir, path), { force: true });
  for (const folder of new Set(paths.map((path) => dirname(join(siteDir, path))))) {
    if (existsSync(folder) && readdirSync(folder).length === 0) rmdirSync(folder);
  }
}

/**
 * Puts the published photo folder back where a publish killed during the swap left it (moved
 * into the staging folder, the new site not yet in its place), before the staging folder goes.
 */
export function recoverPublishedPhotos(staging: string, outDir: string): void {
  const moved = join(staging, PHOTO_FOLDER);
  if (existsSync(moved) && existsSync(outDir) && !existsSync(join(outDir, PHOTO_FOLDER))) renameSync(moved, join(outDir, PHOTO_FOLDER));
}

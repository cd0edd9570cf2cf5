/**
 * The articles the last load held back from publication (drafts, scheduled), by id, written by
 * the article loader into the build cache for the steps after Astro: a published story that a
 * publish takes down is then reported with its reason (src/publish/taken-down.ts). Rewritten by
 * every load, so it always describes the build that just ran.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { jsonEntryCheck, readCacheEntry, writeAside } from '#lib/cache/build-cache.ts';

export interface HeldBackArticle {
  id: string;
  /** The file, as messages show it. */
  file: string;
  reason: 'draft' | 'scheduled';
  /** A scheduled article's date, as written. */
  date?: string;
}

const heldBackFile = (buildCacheDir: string) => join(buildCacheDir, 'held-back.json');

export function writeHeldBack(buildCacheDir: string, articles: ReadonlyArray<HeldBackArticle>): void {
  mkdirSync(buildCacheDir, { recursive: true });
  writeAside(heldBackFile(buildCacheDir), JSON.stringify(articles));
}

/**
 * What the last load held back; none when it wrote nothing, or when its file cannot be read (it
 * is then discarded with a warning, as any cache entry, and a taken-down story reads as deleted).
 */
export function readHeldBack(buildCacheDir: string): HeldBackArticle[] {
  const bytes = readCacheEntry(heldBackFile(buildCacheDir), jsonEntryCheck(Array.isArray));
  return bytes ? (JSON.parse(bytes.toString('utf8')) as HeldBackArticle[]) : [];
}

/**
 * The articles the last load held back from publication (drafts, scheduled), by id, written by
 * the article loader into the build cache for the steps after Astro: a published story that a
 * publish takes down is then reported with its reason (src/publish/taken-down.ts). Rewritten by
 * every load, so it always describes the build that just ran.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

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
  const file = heldBackFile(buildCacheDir);
  // Written aside and renamed, so a build stopped midway never leaves half a file behind.
  writeFileSync(`${file}.${process.pid}.partial`, JSON.stringify(articles));
  renameSync(`${file}.${process.pid}.partial`, file);
}

/** What the last load held back; none when it wrote nothing or its file cannot be read (the reason then shows as "deleted or moved"). */
export function readHeldBack(buildCacheDir: string): HeldBackArticle[] {
  try {
    const articles: unknown = JSON.parse(readFileSync(heldBackFile(buildCacheDir), 'utf8'));
    return Array.isArray(articles) ? (articles as HeldBackArticle[]) : [];
  } catch {
    return [];
  }
}

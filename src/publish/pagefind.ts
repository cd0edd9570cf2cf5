/**
 * Indexes the article pages for search with Pagefind, in parts cut by the calendar (see
 * src/lib/metadata/search-index-parts.ts), one after another, so that memory stays bounded by
 * the part limit however large the archive grows: at 10,000 articles one Pagefind run over the
 * whole site peaked at about 2 GB, a part of 2,500 at about 0.6 GB. (Two parts at a time would
 * keep both cores busy, but would also double that memory.) Each part is indexed from exactly
 * its own pages, handed to Pagefind's Node API one by one, so a part costs the same however
 * many pages the site holds (a glob would make Pagefind walk the whole site for every part).
 *
 * Each part's bundle is kept in the build cache under a digest of the pages it indexes, so a
 * part whose pages are unchanged is linked into place, not indexed again: a publish re-indexes
 * only the parts it touched (usually the newest month).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { BUILD_CACHES, discardBrokenEntry } from '#lib/cache/build-cache.ts';
import { searchIndexParts, type SearchIndexPart } from '#lib/metadata/search-index-parts.ts';
import { settings } from '#lib/settings.ts';
import { fileIdentity, linkOrCopy, linkTree } from './link-or-copy.ts';

/** Pagefind's script that marks the words searched for on the page a result opens. */
const HIGHLIGHTER = 'pagefind-highlight.js';

/** Pages handed to Pagefind at a time: enough to keep its process busy, few enough to hold in memory. */
const failIf = (errors: string[], what: string) => {
  if (errors.length > 0) throw new Error(`search index: ${what}: ${errors.join('; ')}`);
};

/**
 * Indexes one part from exactly its pages and writes its bundle (exported for the
 * search-quality test, which indexes one site in several ways). Pagefind's process is closed
 * after each part, which gives its memory back before the next.
 */
export async function indexPart(siteDir: string, part: SearchIndexPart): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  try {
    if (!index) throw new Error(`search index: Pagefind could not start: ${errors.join('; ')}`);
    // One page at a time, in the part's order: Pagefind numbers pages as they arrive, so pages
    // added side by side gave the same part different bytes from one build to the next. The next
    // page is read while the last is indexed.
    const read = (path: string) => readFile(join(siteDir, path, 'index.html'), 'utf8');
    let next = part.articlePaths[0] === undefined ? undefined : read(part.articlePaths[0]);
    for (const [i, path] of part.articlePaths.entries()) {
      const content = await next!;
      const following = part.articlePaths[i + 1];
      next = following === undefined ? undefined : read(following);
      const added = await index.addHTMLFile({ url: path, content });
      failIf(added.errors, `indexing ${join(siteDir, path, 'index.html')}`);
    }
    const written = await index.writeFiles({ outputPath: join(siteDir, part.bundlePath) });
    failIf(written.errors, `writing ${part.bundlePath}`);
  } finally {
    await pagefind.close();
  }
}

/**
 * What a part's bundle is made from: Pagefind's version, where the part goes, and its pages, each
 * by its file's identity (`identityOf`, see fileIdentity), which tells changed parts from
 * unchanged ones without reading ten thousand pages.
 */
export function partDigest(part: SearchIndexPart, pagefindVersion: string, identityOf: (page: string) => string): string {
  const hash = createHash('sha256');
  hash.update(`${pagefindVersion}\n${part.bundlePath}\n`);
  for (const path of part.articlePaths) {
    const page = join(path, 'index.html');
    hash.update(`${page} ${identityOf(page)}\n`);
  }
  return hash.digest('hex').slice(0, 32);
}

/** Why a part's bundle kept in the cache cannot be used (its entry file unreadable, a file emptied); undefined when it can. */
export function brokenPartProblem(bundle: string): string | undefined {
  let entry: unknown;
  try {
    entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8'));
  } catch (error) {
    return `has no readable pagefind-entry.json (${(error as Error).message})`;
  }
  if (typeof entry !== 'object' || entry === null || typeof (entry as { languages?: unknown }).languages !== 'object')
    return 'has a pagefind-entry.json that lists no languages';
  // Pagefind writes no empty file: one is a file cut short.
  const empty = readdirSync(bundle, { recursive: true, withFileTypes: true })
    .filter((item) => item.isFile())
    .find((item) => statSync(join(item.parentPath, item.name)).size === 0);
  return empty ? `has an empty file, ${relative(bundle, join(empty.parentPath, empty.name))}` : undefined;
}

/** Whether the cache holds the part's bundle whole; a broken one is discarded with a warning, to be indexed again. */
function hasWholePart(cached: string): boolean {
  if (!existsSync(cached)) return false;
  const problem = brokenPartProblem(cached);
  if (problem === undefined) return true;
  discardBrokenEntry(cached, problem);
  return false;
}

export interface SearchIndexResult {
  parts: number;
  indexed: number;
}

/**
 * Writes every part of the index, linking those the cache already holds; `reuse: false` (a full
 * build) indexes every part afresh. A site with nothing published has no part, and no index.
 */
export async function buildSearchIndex(siteDir: string, articlePaths: string[], reuse: boolean): Promise<SearchIndexResult> {
  const parts = searchIndexParts(articlePaths, settings.searchPartLimit);
  const pagefindVersion = (JSON.parse(readFileSync(resolve('node_modules', 'pagefind', 'package.json'), 'utf8')) as { version: string })
    .version;
  let indexed = 0;
  const place = async (part: SearchIndexPart) => {
    const bundle = join(siteDir, part.bundlePath);
    const cached = join(
      settings.buildCacheDir,
      BUILD_CACHES.searchIndexParts,
      partDigest(part, pagefindVersion, (page) => fileIdentity(statSync(join(siteDir, page)))),
    );
    if (reuse && hasWholePart(cached)) {
      linkTree(cached, bundle);
      return;
    }
    await indexPart(siteDir, part);
    indexed++;
    // Kept aside and renamed, so a build stopped midway never leaves half a bundle in the cache.
    const partial = `${cached}.${process.pid}.partial`;
    rmSync(partial, { recursive: true, force: true });
    linkTree(bundle, partial);
    rmSync(cached, { recursive: true, force: true });
    renameSync(partial, cached);
  };
  for (const part of parts) await place(part);
  // Article pages load the highlighter from one address, whichever part indexed them (every
  // part's copy is the same file of the same Pagefind): see public/article.js.
  if (parts[0]) {
    const highlighter = join(siteDir, 'pagefind', HIGHLIGHTER);
    rmSync(highlighter, { force: true });
    linkOrCopy(join(siteDir, parts[0].bundlePath, HIGHLIGHTER), highlighter);
  }
  return { parts: parts.length, indexed };
}

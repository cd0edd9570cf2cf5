/**
 * Only the pages a publish changes are rendered (decision 034). Every keyed page's address and
 * cache key (`withCacheKeys`, src/lib/routes/page-cache-keys.ts) are kept with the published site.
 * In Astro's build, `rendering-changed-pages.ts` asks Astro's own prerenderer for every page and
 * its key, and hands back to Astro only the pages whose key differs from the published one's, or
 * which the published site lacks; the others are kept. After Astro, the kept pages are hard-linked
 * from the published site into the staging folder, where Astro wrote none of them: an unchanged
 * page keeps its file, its bytes and its modification time, a removed page is simply never
 * linked, and nothing Astro writes can reach a published file.
 *
 * Files, all in the build cache: the record of the pages published to an output folder, and two
 * hand-over files of the Astro build into a staging folder (what was published, going in; what to
 * keep and the new record, coming out).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { linkOrCopy } from './link-or-copy.ts';

/** Address of a keyed page → its cache key and the file it is written to. */
export type PageRecord = Record<string, { key: string; file: string }>;

/**
 * What the Astro build hands back: the new record, which of its pages were kept, not rendered, and
 * the address of every page, kept or rendered, but the error pages (the sitemaps list them).
 */
export interface RenderedPages {
  record: PageRecord;
  kept: string[];
  pages: string[];
}

/** A page as Astro's prerenderer lists it. */
export interface ListedPage {
  pathname: string;
  route: { type: string };
  cacheKey?: string | undefined;
}

/**
 * The file a page is written to, as Astro writes it with `build.format: 'directory'` and
 * `trailingSlash: 'always'`: a page's address is a folder holding `index.html`, an endpoint's
 * address is its file.
 */
export function outputFileOf(page: ListedPage): string {
  const path = page.pathname.replace(/^\//, '').replace(/\/$/, '');
  if (page.route.type === 'endpoint') return path;
  // Astro writes its error pages as files of their own.
  if (path === '404' || path === '500') return `${path}.html`;
  return path === '' ? 'index.html' : `${path}/index.html`;
}

/**
 * Which pages Astro renders: every page without a key (standing routes without `getStaticPaths`,
 * always made) or at an address two routes give, every page whose key differs from the published
 * one's, and any the published site no longer holds (`published` says whether it does). The rest
 * are kept.
 */
export function pagesToRender<P extends ListedPage>(
  pages: P[],
  previous: PageRecord,
  published: (file: string) => boolean,
): { render: P[]; kept: string[]; record: PageRecord } {
  const render: P[] = [];
  const kept: string[] = [];
  const record: PageRecord = {};
  // Two routes giving one address: Astro renders the first and warns; neither is kept or recorded.
  const address = (page: P) => page.pathname.replace(/\/$/, '');
  const counts = new Map<string, number>();
  for (const page of pages) counts.set(address(page), (counts.get(address(page)) ?? 0) + 1);
  for (const page of pages) {
    if (page.cacheKey === undefined || counts.get(address(page))! > 1) {
      render.push(page);
      continue;
    }
    const file = outputFileOf(page);
    record[page.pathname] = { key: page.cacheKey, file };
    const before = previous[page.pathname];
    if (before && before.key === page.cacheKey && before.file === file && published(file)) kept.push(page.pathname);
    else render.push(page);
  }
  return { render, kept, record };
}

/** The record in `file`, or an empty one when there is none or it is not whole (emptied, cut short): every page is then rendered. */
export function readPageRecord(file: string): PageRecord {
  let record: unknown;
  try {
    record = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return {};
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return {};
  const whole = Object.values(record).every(
    (page: unknown) =>
      typeof page === 'object' &&
      page !== null &&
      typeof (page as { key?: unknown }).key === 'string' &&
      typeof (page as { file?: unknown }).file === 'string',
  );
  return whole ? (record as PageRecord) : {};
}

const digestOf = (folder: string) => createHash('sha256').update(folder).digest('hex').slice(0, 16);

/** Where the record of the build published to `outDir` is kept. */
function publishedRecordFile(buildCacheDir: string, outDir: string): string {
  return join(buildCacheDir, 'published', `${digestOf(outDir)}.pages.json`);
}

/** The two hand-over files of an Astro build into `staging`: the published site and its record going in, the pages to keep coming out. */
function handOverFiles(buildCacheDir: string, staging: string): { published: string; rendered: string } {
  const base = join(buildCacheDir, 'rendering', digestOf(staging));
  return { published: `${base}.published.json`, rendered: `${base}.rendered.json` };
}

/**
 * Before Astro: tells the Astro build into `staging` which site is published and what its pages
 * were; a full build tells it no pages, so it renders them all.
 */
export function handOverPublishedPages(outDir: string, staging: string, buildCacheDir: string, full: boolean): void {
  const { published, rendered } = handOverFiles(buildCacheDir, staging);
  mkdirSync(dirname(published), { recursive: true });
  rmSync(rendered, { force: true });
  const pages = full || !existsSync(outDir) ? {} : readPageRecord(publishedRecordFile(buildCacheDir, outDir));
  writeFileSync(published, JSON.stringify({ outDir, pages }));
}

/** In Astro's build: what the publish handed over, or nothing when Astro runs on its own (every page is then rendered). */
export function readHandedOver(buildCacheDir: string, staging: string): { outDir: string; pages: PageRecord } | undefined {
  try {
    const { outDir, pages } = JSON.parse(readFileSync(handOverFiles(buildCacheDir, staging).published, 'utf8')) as {
      outDir: string;
      pages: unknown;
    };
    return { outDir, pages: typeof pages === 'object' && pages !== null ? (pages as PageRecord) : {} };
  } catch {
    return undefined;
  }
}

/** In Astro's build: hands back the pages kept and the new record. */
export function handBackRenderedPages(buildCacheDir: string, staging: string, rendered: RenderedPages): void {
  const file = handOverFiles(buildCacheDir, staging).rendered;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(rendered));
}

/** After Astro, or when the publish fails: the hand-over files go, so that an Astro build run alone later renders every page. */
export function forgetHandOver(buildCacheDir: string, staging: string): void {
  for (const file of Object.values(handOverFiles(buildCacheDir, staging))) rmSync(file, { force: true });
}

/** After Astro: what its build handed back (an Astro build that wrote nothing back kept no page). */
export function readRenderedPages(buildCacheDir: string, staging: string): RenderedPages {
  try {
    return JSON.parse(readFileSync(handOverFiles(buildCacheDir, staging).rendered, 'utf8')) as RenderedPages;
  } catch {
    return { record: {}, kept: [], pages: [] };
  }
}

/** After Astro: hard-links each kept page from the published site into the staging folder; says how many. */
export function linkKeptPages(rendered: Pick<RenderedPages, 'record' | 'kept'>, outDir: string, staging: string): number {
  const folders = new Set<string>();
  for (const pathname of rendered.kept) {
    const file = rendered.record[pathname]!.file;
    const target = join(staging, file);
    // A page Astro wrote is never linked over: it would mean two routes gave one address.
    if (existsSync(target)) throw new Error(`the page ${pathname} was both kept and rendered`);
    const folder = dirname(target);
    if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
    folders.add(folder);
    linkOrCopy(join(outDir, file), target);
  }
  return rendered.kept.length;
}

/** Keeps the record of the pages just published to `outDir`, for the next publish, and the digest of the code that made them. */
export function recordPublishedPages(outDir: string, buildCacheDir: string, record: PageRecord, codeDigest: string): void {
  const kept = publishedRecordFile(buildCacheDir, outDir);
  mkdirSync(dirname(kept), { recursive: true });
  // The digest first: a record beside the digest of other code would keep pages that code made.
  writeFileSync(codeDigestFile(buildCacheDir, outDir), codeDigest);
  writeFileSync(kept, JSON.stringify(record));
}

/** Forgets the record of the pages published to `outDir`: a publish that stops after changing the published site must not leave it. */
export function forgetPublishedPages(outDir: string, buildCacheDir: string): void {
  rmSync(publishedRecordFile(buildCacheDir, outDir), { force: true });
}

function codeDigestFile(buildCacheDir: string, outDir: string): string {
  return join(buildCacheDir, 'published', `${digestOf(outDir)}.code`);
}

/** Where the record of the photo files published to `outDir` is kept (see photos/placing.ts). */
export function placedPhotosFile(buildCacheDir: string, outDir: string): string {
  return join(buildCacheDir, 'published', `${digestOf(outDir)}.photos.json`);
}

/** Where the inputs of the last publish to `outDir` are kept (see publish-inputs.ts). */
export function publishInputsFile(buildCacheDir: string, outDir: string): string {
  return join(buildCacheDir, 'published', `${digestOf(outDir)}.inputs.json`);
}

/**
 * Whether the code that renders changed since the last publish to `outDir` (`codeDigest`, see
 * publish-inputs.ts): any change of it makes a full build, so a kept page was always made by the
 * code that makes the new ones.
 */
export function renderingCodeChanged(codeDigest: string, outDir: string, buildCacheDir: string): boolean {
  try {
    return readFileSync(codeDigestFile(buildCacheDir, outDir), 'utf8') !== codeDigest;
  } catch {
    return true;
  }
}

/** The addresses of the pages (not endpoints) among `pages`, but the error pages, which no sitemap lists. */
export function pageAddresses(pages: ReadonlyArray<ListedPage>): string[] {
  return pages.filter((page) => page.route.type === 'page' && !/^(404|500)\.html$/.test(outputFileOf(page))).map((page) => page.pathname);
}

/** Whether `file` under `outDir` is there (a kept page must be). */
export const publishedFileExists = (outDir: string) => (file: string) =>
  statSync(join(outDir, file), { throwIfNoEntry: false })?.isFile() === true;

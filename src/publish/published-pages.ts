/**
 * The published site's pages, reused in place: before Astro runs, every page it may restore from
 * its previous build is hard-linked from the published folder into the staging folder, so Astro
 * finds it there and leaves it (its "cached" case) instead of copying it from its own cache. A
 * publish then costs no copy of the unchanged archive, and an unchanged page keeps its file,
 * its bytes and its modification time.
 *
 * A page is linked only when the published folder holds exactly what Astro's record of its
 * previous build says it wrote: the record kept when that folder was published must agree with
 * Astro's current one, path by path (a build that failed after Astro ran leaves them apart).
 * Astro renders a page whose key changed, and replace-not-overwrite.ts makes it write a new
 * file rather than into the linked one. Linked pages that this build no longer makes (a deleted
 * article's) are removed afterwards.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { astroCacheDir } from '#lib/cache/build-cache.ts';
import { linkOrCopy } from './link-or-copy.ts';

/** Astro's record of the pages its last build wrote (astro/dist/core/build/incremental.js). */
export interface IncrementalRecord {
  version: number;
  configHash: string;
  lockfileHash: string;
  routes: Record<string, { dependencyHash: string; paths: Record<string, { outputFile: string }> }>;
}

const ASTRO_RECORD = 'incremental-build.json';

/** The record in `file`, or undefined when there is none or it is not whole (emptied, cut short): nothing is then linked, and Astro renders every page. */
function readRecord(file: string): IncrementalRecord | undefined {
  let record: unknown;
  try {
    record = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
  const routes = (record as Partial<IncrementalRecord> | null)?.routes;
  if (typeof routes !== 'object' || routes === null) return undefined;
  const whole = Object.values(routes).every(
    (route) =>
      typeof route === 'object' &&
      route !== null &&
      typeof route.paths === 'object' &&
      route.paths !== null &&
      Object.values(route.paths).every((page) => typeof page === 'object' && page !== null && typeof page.outputFile === 'string'),
  );
  return whole ? (record as IncrementalRecord) : undefined;
}

/** Where the record of the build published to `outDir` is kept. */
function publishedRecordFile(buildCacheDir: string, outDir: string): string {
  return join(buildCacheDir, 'published', `${createHash('sha256').update(outDir).digest('hex').slice(0, 16)}.json`);
}

/** The output files both records describe alike, so the published copy is what Astro would restore. */
export function agreedOutputFiles(published: IncrementalRecord, current: IncrementalRecord): string[] {
  const sameBuild =
    published.version === current.version && published.configHash === current.configHash && published.lockfileHash === current.lockfileHash;
  if (!sameBuild) return [];
  return Object.entries(current.routes).flatMap(([route, entry]) => {
    const before = published.routes[route];
    if (!before || before.dependencyHash !== entry.dependencyHash) return [];
    return Object.entries(entry.paths)
      .filter(([path, page]) => JSON.stringify(before.paths[path]) === JSON.stringify(page))
      .map(([, page]) => page.outputFile);
  });
}

export interface LinkedPages {
  /** Output file → the inode it was linked with. */
  files: Map<string, number>;
}

/** Links the published pages Astro may restore into `staging`; `--full` links none. */
export function linkPublishedPages(outDir: string, staging: string, buildCacheDir: string): LinkedPages {
  const files = new Map<string, number>();
  const published = readRecord(publishedRecordFile(buildCacheDir, outDir));
  const current = readRecord(join(astroCacheDir(buildCacheDir), ASTRO_RECORD));
  if (!published || !current) return { files };
  const folders = new Set<string>();
  for (const outputFile of agreedOutputFiles(published, current)) {
    const source = join(outDir, outputFile);
    // One call for whether it is there and which file it is: the link is the same file.
    const publishedFile = statSync(source, { throwIfNoEntry: false });
    if (!publishedFile) continue;
    const target = join(staging, outputFile);
    const folder = dirname(target);
    if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
    folders.add(folder);
    const placed = linkOrCopy(source, target);
    files.set(outputFile, placed === 'linked' ? publishedFile.ino : statSync(target).ino);
  }
  return { files };
}

/** Removes the linked pages this build did not make (still the linked file, and in no route of Astro's new record). */
export function removeUnmadePages(linked: LinkedPages, staging: string, buildCacheDir: string): number {
  const made = new Set(
    Object.values(readRecord(join(astroCacheDir(buildCacheDir), ASTRO_RECORD))?.routes ?? {}).flatMap((route) =>
      Object.values(route.paths).map((page) => page.outputFile),
    ),
  );
  let removed = 0;
  for (const [outputFile, inode] of linked.files) {
    const file = join(staging, outputFile);
    if (made.has(outputFile) || !existsSync(file) || statSync(file).ino !== inode) continue;
    rmSync(file);
    removeEmptyFolders(dirname(file), staging);
    removed++;
  }
  return removed;
}

/** Removes `folder` and then each parent below `root` while they are empty: a deleted page leaves no empty folder behind. */
function removeEmptyFolders(folder: string, root: string): void {
  const below = (path: string) => {
    const inside = relative(root, path);
    return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside);
  };
  for (let current = folder; below(current) && readdirSync(current).length === 0; current = dirname(current)) rmdirSync(current);
}

/** Keeps Astro's record of the build just published to `outDir`, for the next build to link from, and the digest of the code that made it. */
export function recordPublishedPages(outDir: string, buildCacheDir: string, codeDigest: string): void {
  const record = join(astroCacheDir(buildCacheDir), ASTRO_RECORD);
  const kept = publishedRecordFile(buildCacheDir, outDir);
  mkdirSync(dirname(kept), { recursive: true });
  if (existsSync(record)) copyFileSync(record, kept);
  else rmSync(kept, { force: true });
  writeFileSync(codeDigestFile(buildCacheDir, outDir), codeDigest);
}

function codeDigestFile(buildCacheDir: string, outDir: string): string {
  return publishedRecordFile(buildCacheDir, outDir).replace(/\.json$/, '.code');
}

/** Where the record of the photo files published to `outDir` is kept (see photos/placing.ts). */
export function placedPhotosFile(buildCacheDir: string, outDir: string): string {
  return publishedRecordFile(buildCacheDir, outDir).replace(/\.json$/, '.photos.json');
}

/** Where the inputs of the last publish to `outDir` are kept (see publish-inputs.ts). */
export function publishInputsFile(buildCacheDir: string, outDir: string): string {
  return publishedRecordFile(buildCacheDir, outDir).replace(/\.json$/, '.inputs.json');
}

/**
 * Whether the code that renders changed since the last publish to `outDir` (`codeDigest`, see
 * publish-inputs.ts): Astro's per-route code hashes miss what no route imports (the middleware
 * and its imports, the configuration's integrations), so any change of it makes a full build.
 */
export function renderingCodeChanged(codeDigest: string, outDir: string, buildCacheDir: string): boolean {
  try {
    return readFileSync(codeDigestFile(buildCacheDir, outDir), 'utf8') !== codeDigest;
  } catch {
    return true;
  }
}

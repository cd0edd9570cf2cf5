/**
 * The build cache (BUILD_CACHE_DIR): a content-addressed cache on disk for work that is slow and pure (social
 * cards, rendered article bodies): the same input always gives the same
 * output, so an unchanged article is never processed twice across builds.
 *
 * Nothing in it is trusted: a file emptied or cut short (a power cut, a full disk, a copy
 * stopped midway) is a miss, said in a warning naming the file, and is made again. A build
 * never stops over its own cache, since deleting the cache is always safe.
 */
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { globSync } from 'tinyglobby';

/** The build cache's own entries, under BUILD_CACHE_DIR; `npm run build -- --full` discards them all first (see discardBuildCaches). */
export const BUILD_CACHES = {
  articleBodies: 'article-bodies',
  shareImages: 'social-cards',
  searchIndexParts: 'search-index',
  pagePolicies: 'page-policies.json',
} as const;

export function contentHash(input: unknown): string {
  return createHash('sha256').update(JSON.stringify(input)).digest('hex').slice(0, 32);
}

/**
 * A digest of the files matching `patterns` under `root`, names and bytes: the code a cached
 * result came from. Keyed by it, a cache is right after any change of that code or of the
 * locked library versions, where a version number bumped by hand was forgotten (a rehype
 * upgrade kept serving old HTML).
 */
export function codeDigest(root: string, patterns: ReadonlyArray<string>): string {
  return digestOfFiles(matchedFiles(root, patterns));
}

/** The files matching `patterns` under `root`, in name order, each with its bytes. */
function matchedFiles(root: string, patterns: ReadonlyArray<string>): Array<{ file: string; bytes: Buffer }> {
  return globSync([...patterns], { cwd: root })
    .sort()
    .map((file) => ({ file, bytes: readFileSync(join(root, file)) }));
}

function digestOfFiles(files: ReadonlyArray<{ file: string; bytes: Buffer }>): string {
  const hash = createHash('sha256');
  for (const { file, bytes } of files) hash.update(file).update('\0').update(bytes);
  return hash.digest('base64url');
}

/**
 * The packages a source file imports or requires by name: "satori", "@resvg/resvg-js", and
 * "hast-util-sanitize" for "hast-util-sanitize/lib/schema"; not Node's own modules, Astro's
 * virtual ones or the project's aliases and relative paths. A name built at run time (a template
 * string) is not seen: such files go in the digest's patterns.
 */
export function importedPackages(source: string): string[] {
  // `resolve` for require.resolve and import.meta.resolve; a path given to path.resolve names no package, and is ignored.
  const specifiers = [...source.matchAll(/\b(?:from|import|require|resolve)\s*\(?\s*['"]([^'"\n]+)['"]/g)].map((match) => match[1]!);
  const names = specifiers
    .filter((specifier) => !/^(?:[./#]|node:|astro:|virtual:)/.test(specifier))
    .map((specifier) =>
      specifier
        .split('/')
        .slice(0, specifier.startsWith('@') ? 2 : 1)
        .join('/'),
    );
  return [...new Set(names)].sort();
}

interface LockedPackage {
  version?: string;
  integrity?: string;
  resolved?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

/**
 * The locked versions of the packages `roots` and of everything they depend on, as npm's lock
 * file (lockfile version 2 or 3, whose `packages` are keyed by their folder) resolves them: a
 * dependency is looked for in the package's own node_modules, then in each one above, as Node
 * does. One line a package: its folder, version and integrity.
 */
export function lockedDependencies(lock: { packages?: Record<string, LockedPackage> }, roots: Iterable<string>): string[] {
  const packages = lock.packages ?? {};
  const resolve = (from: string, name: string): string | undefined => {
    for (let base = from; ;) {
      const candidate = `${base === '' ? '' : `${base}/`}node_modules/${name}`;
      if (packages[candidate]) return candidate;
      if (base === '') return undefined;
      const cut = base.lastIndexOf('node_modules/');
      base = cut <= 0 ? '' : base.slice(0, cut - 1);
    }
  };
  const found = new Set<string>();
  const pending = [...roots].flatMap((name) => resolve('', name) ?? []);
  for (let folder = pending.pop(); folder !== undefined; folder = pending.pop()) {
    if (found.has(folder)) continue;
    found.add(folder);
    const entry = packages[folder]!;
    for (const name of Object.keys({ ...entry.dependencies, ...entry.optionalDependencies, ...entry.peerDependencies })) {
      const dependency = resolve(folder, name);
      if (dependency !== undefined && !found.has(dependency)) pending.push(dependency);
    }
  }
  return [...found].sort().map((folder) => {
    const { version = '', integrity, resolved } = packages[folder]!;
    return `${folder} ${version} ${integrity ?? resolved ?? ''}`;
  });
}

/**
 * codeDigest of `patterns`, with the locked versions of the libraries that code imports (and of
 * theirs) in place of the whole lock file: upgrading a test tool or removing an unrelated
 * package no longer makes every card or body again (at 100,000 articles, an hour and a half of
 * cards). Files read from a package by path rather than imported go in `patterns`.
 */
export function codeAndLibrariesDigest(root: string, patterns: ReadonlyArray<string>): string {
  const files = matchedFiles(root, patterns);
  const sources = files.filter(({ file }) => /\.(?:[cm]?[jt]s|astro)$/.test(file));
  const imported = new Set(sources.flatMap(({ bytes }) => importedPackages(bytes.toString('utf8'))));
  const lockText = readFileSync(join(root, 'package-lock.json'), 'utf8');
  const lock = JSON.parse(lockText) as Parameters<typeof lockedDependencies>[0];
  return (
    createHash('sha256')
      .update(digestOfFiles(files))
      .update('\0')
      // A lock file of npm 6 (lockfileVersion 1) has no `packages`: the whole file, as before.
      .update(lock.packages ? lockedDependencies(lock, imported).join('\n') : lockText)
      .digest('base64url')
  );
}

/** Says that a cache entry was unusable and goes, so the build makes it again rather than stopping. */
export function discardBrokenEntry(file: string, reason: string, warn: (message: string) => void = console.warn): void {
  warn(`build cache: ${file} ${reason}; it was discarded and is made again (a build stopped midway or a full disk leaves such files)`);
  rmSync(file, { recursive: true, force: true });
}

/** Why cached bytes are not a whole entry, e.g. "is empty"; undefined when they are. */
export type EntryCheck = (bytes: Buffer) => string | undefined;

/**
 * The cached bytes in `file`, or undefined: when there are none, and when they fail `check`
 * or cannot be read, in which case the file is discarded with a warning.
 */
export function readCacheEntry(file: string, check: EntryCheck, warn?: (message: string) => void): Buffer | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    discardBrokenEntry(file, `could not be read (${(error as Error).message})`, warn);
    return undefined;
  }
  const problem = bytes.length === 0 ? 'is empty' : check(bytes);
  if (problem === undefined) return bytes;
  discardBrokenEntry(file, problem, warn);
  return undefined;
}

/** The cached bytes for `key` in `folder` when `check` finds them whole, else the result of `make`, stored for next time. */
export async function cached(folder: string, key: string, make: () => Promise<Buffer>, check: EntryCheck): Promise<Buffer> {
  const file = join(folder, key);
  const stored = readCacheEntry(file, check);
  if (stored) return stored;
  const bytes = await make();
  mkdirSync(folder, { recursive: true });
  writeAside(file, bytes);
  return bytes;
}

/**
 * Writes `file` aside and renames it into place, so a build stopped midway never leaves half a
 * file behind. The aside name holds the process and the thread: worker threads share a process.
 */
export function writeAside(file: string, bytes: string | Uint8Array): void {
  const partial = `${file}.${process.pid}-${threadId}.partial`;
  writeFileSync(partial, bytes);
  renameSync(partial, file);
}

/** Whether a cached value is a list of strings (a shape check for jsonEntryCheck). */
export const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

/** Why `bytes` are not a JSON text `isWhole` accepts ("is not valid JSON: Unexpected end of JSON input"); undefined when they are. */
export function jsonEntryCheck(isWhole: (value: unknown) => boolean): EntryCheck {
  return (bytes) => {
    let value: unknown;
    try {
      value = JSON.parse(bytes.toString('utf8'));
    } catch (error) {
      return `is not valid JSON (${(error as Error).message})`;
    }
    return isWhole(value) ? undefined : 'does not hold what this build expects there';
  };
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Every PNG ends with its IEND chunk: length 0, the type, and the type's CRC. */
const PNG_END = Buffer.from([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);

/** Why `bytes` are not a whole PNG file (its signature first, its end chunk last); undefined when they are. */
export const pngEntryCheck: EntryCheck = (bytes) => pngProblem(bytes.subarray(0, PNG_SIGNATURE.length), bytes.subarray(-PNG_END.length));

function pngProblem(start: Buffer, end: Buffer): string | undefined {
  if (!start.equals(PNG_SIGNATURE)) return 'is not a PNG image (it does not start with the PNG signature)';
  if (!end.equals(PNG_END)) return 'is a PNG image cut short (it does not end with the PNG end chunk)';
  return undefined;
}

/**
 * Whether `file` holds a whole PNG, reading only its first and last bytes (a publish checks
 * every card it places); a file there that is not one is discarded with a warning.
 */
export function hasWholePng(file: string, warn?: (message: string) => void): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    discardBrokenEntry(file, `could not be read (${(error as Error).message})`, warn);
    return false;
  }
  let problem: string | undefined;
  try {
    const { size } = fstatSync(fd);
    const start = Buffer.alloc(PNG_SIGNATURE.length);
    const end = Buffer.alloc(PNG_END.length);
    if (size === 0) problem = 'is empty';
    else if (size < start.length + end.length) problem = 'is a PNG image cut short (it is too small to be one)';
    else {
      readSync(fd, start, 0, start.length, 0);
      readSync(fd, end, 0, end.length, size - end.length);
      problem = pngProblem(start, end);
    }
  } catch (error) {
    problem = `could not be read (${(error as Error).message})`;
  } finally {
    closeSync(fd);
  }
  if (problem === undefined) return true;
  discardBrokenEntry(file, problem, warn);
  return false;
}

/** Deletes the build cache's own entries (BUILD_CACHES) under `buildCacheDir`, so a full build reads none of them; it writes them anew. */
export function discardBuildCaches(buildCacheDir: string): void {
  for (const name of Object.values(BUILD_CACHES)) rmSync(join(buildCacheDir, name), { recursive: true, force: true });
}

/** Astro's own cache folder (its `cacheDir`), inside the build cache so one setting moves both. */
export function astroCacheDir(buildCacheDir: string): string {
  return join(buildCacheDir, 'astro');
}

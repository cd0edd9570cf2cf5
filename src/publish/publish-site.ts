/**
 * `npm run build [-- --outDir DIR] [-- --full]`: builds the site and publishes it in one step.
 *
 * The build is incremental (decisions 019, 034): Astro renders only the pages whose cache key
 * differs from the published one's (any change of code makes a full build), and the search
 * index re-indexes only the parts whose pages changed. `--full` renders and indexes everything afresh; the result is the same,
 * byte for byte (tests/build/incremental-build.test.ts).
 *
 * 0. what the publish is made from (code, settings, content, clock) is compared with the last
 *    publish's: when nothing differs, the published site stands and the build ends here, and
 *    when the code differs, the build is a full one (see publish-inputs.ts);
 * 1. Astro builds into a fresh staging folder beside the output folder, rendering only the pages
 *    whose cache key differs from the published one's (see rendering-changed-pages.ts); the
 *    others are then hard-linked into it from the published site (see published-pages.ts), and
 *    the sitemaps are written, one file a month of articles (see src/lib/metadata/sitemaps.ts);
 * 2. the photos' variants the pages name are made where the build cache lacks them, each
 *    original decoded once and nothing the camera wrote kept, and hard-linked into place: only
 *    those the published photo folder lacks, for that folder moves into the new site whole just
 *    before the swap (see photos/placing.ts and decision 032; no original is ever published);
 * 3. the share images (article cards, the site's card, the publisher logo) are
 *    drawn where the build cache lacks them, and placed (see share-images/placing.ts);
 * 4. Pagefind indexes the article pages for search, after Astro has exited,
 *    in parts, so that neither holds much memory at once (see pagefind.ts);
 *    meanwhile `_headers` is written for static hosts, with the security
 *    headers and a Content-Security-Policy that allows exactly the inline
 *    styles the pages use;
 * 5. the staging folder is compared with the output folder: unchanged files take their old
 *    modification times, and the files added, changed and removed are listed in
 *    `<outDir>.changes.json` (see output-changes.ts);
 * 6. only then does the staging folder replace the output folder (see site-swap.ts: a publish
 *    stopped between the first rename and the change list is undone by the next one).
 * A build that fails at any step leaves the previous output untouched.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { constants } from 'node:os';
import { lock } from 'proper-lockfile';
import { once } from 'node:events';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { astroCacheDir, BUILD_CACHES, discardBuildCaches } from '#lib/cache/build-cache.ts';
import { PUBLISH_MANIFEST, readPublishManifest } from '#publish/publish-manifest.ts';
import type { Settings } from '#lib/settings.ts';
import { separatedLogLines, withoutInternals } from './astro-log.ts';
import { PHOTO_FOLDER } from '#lib/photos/variant-plan.ts';
import {
  forgetHandOver,
  forgetPublishedPages,
  handOverPublishedPages,
  linkKeptPages,
  placedPhotosFile,
  publishInputsFile,
  readRenderedPages,
  recordPublishedPages,
  renderingCodeChanged,
} from './published-pages.ts';
import { discardReplacedSite, swapDone, swapInNewSite, undoInterruptedSwap } from './site-swap.ts';
import { holdOutputFolder } from './publish-lock.ts';
import { photosNoLongerShown, readPlacedPhotos, recoverPublishedPhotos, removePhotoFiles } from './photos/published-photos.ts';
import {
  clockHorizon,
  forgetPublishRecord,
  publishInputs,
  readPublishRecord,
  unchangedSince,
  writePublishRecord,
} from './publish-inputs.ts';

/**
 * Room for Astro's heap at 100,000 articles. V8 grows a heap by its live set,
 * not by this limit (10,000 articles peak at the same memory with 512 MB or
 * 1,536 MB), so the limit only has to be high enough never to be hit.
 */
const ASTRO_HEAP_MB = 4096;

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(name);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1]! : fallback;
}

const outDir = resolve(option('--outDir', 'dist'));
const staging = `${outDir}.staging`;
const bin = (name: string) => resolve('node_modules', '.bin', name);

/** Stops the build: the half-built staging folder goes, the previous output stays as it was. */
function fail(message: string, exitCode = 1): never {
  rmSync(staging, { recursive: true, force: true });
  forgetHandOver(buildCacheDir, staging);
  console.error(`\nbuild: ${message}; the previous output is untouched.`);
  process.exit(exitCode);
}

/** Astro's process while it runs: a publish stopped by a signal stops it too (see below). */
let astroProcess: ChildProcess | undefined;

/** Runs Astro's build, its log passed on line by line: each page on a line of its own, no internals in errors (see astro-log.ts). */
async function runAstro(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  const astro = spawn(bin('astro'), args, {
    stdio: ['inherit', 'pipe', 'pipe'],
    // Piped output loses the terminal's colours unless asked for.
    env: process.stdout.isTTY ? { FORCE_COLOR: '1', ...env } : env,
  });
  astroProcess = astro;
  astro.on('exit', () => (astroProcess = undefined));
  const closed = once(astro, 'close');
  const pass = async (input: NodeJS.ReadableStream, write: (line: string) => void) => {
    const shown = withoutInternals(debug);
    for await (const line of createInterface({ input }))
      for (const kept of shown(line)) for (const separated of separatedLogLines(kept)) write(separated);
  };
  await Promise.all([pass(astro.stdout, console.log), pass(astro.stderr, console.error)]);
  const [status] = (await closed) as [number | null];
  if (status !== 0) fail(`astro ${args.join(' ')} failed`, status ?? 1);
}

/**
 * Astro writes into the project's own `.astro/` folder (its types, and its server chunks whenever
 * the output lies outside the project, as every test build's does): two builds of one project at
 * once broke each other with "Cannot find module …/.astro/.prerender/chunks/…". So one at a time
 * goes through Astro; the steps after it still overlap. A killed build's lock goes stale in 20 s.
 */
async function holdAstro(): Promise<() => Promise<void>> {
  const lockfilePath = resolve('.astro-build.lock');
  // A lock found taken over (its refresh late by more than `stale` on a loaded machine) is said,
  // not thrown from a timer in the middle of Astro's build.
  const onCompromised = (error: Error) => console.warn(`build: the Astro lock was taken over (${error.message})`);
  const options = { lockfilePath, stale: 20_000, onCompromised };
  try {
    return await lock(process.cwd(), options);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
    console.log('build: another build of this project is in Astro; waiting for it');
    return lock(process.cwd(), { ...options, retries: { retries: 100_000, minTimeout: 250, maxTimeout: 1_000 } });
  }
}

/** Runs one step of the build and says how long it took, so a slow build shows where its time goes. */
async function step<T>(name: string, work: () => T | Promise<T>): Promise<T> {
  const started = performance.now();
  let result: T;
  try {
    result = await work();
  } catch (error) {
    fail(`${name} failed: ${(error as Error).message}`);
  }
  console.log(`build: ${name} took ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

// A bad setting stops the build here, before Astro starts, with the message naming it.
let settings: Settings;
try {
  ({ settings } = await import('#lib/settings.ts'));
} catch (error) {
  console.error(`\nbuild: ${(error as Error).message}`);
  process.exit(1);
}
const { buildDebug: debug, buildCacheDir, buildTime, timeZone } = settings;

// Before anything of the output folder is read or touched: a second publish into it waits (see publish-lock.ts).
await holdOutputFolder(outDir);
// Stopped by a signal (Ctrl-C, `kill`, a CI job cancelled), a publish ends as a killed one would,
// which the next publish sets right (tests/build/killed-publish.test.ts), but it first stops Astro,
// which would otherwise go on writing into the staging folder the next publish clears, and its
// exit releases the lock.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
  process.on(signal, () => {
    astroProcess?.kill(signal);
    console.error(`\nbuild: stopped by ${signal}; the next publish finishes or undoes what this one left`);
    process.exit(128 + constants.signals[signal]);
  });
if (undoInterruptedSwap(outDir, `${outDir}.previous`, staging))
  console.log(`build: the last publish was stopped while putting its site in place; ${outDir} is the site published before it again`);
recoverPublishedPhotos(staging, outDir);
rmSync(staging, { recursive: true, force: true });
const forced = process.argv.includes('--full');
// Known before Astro starts: a publish whose code, settings, content and clock would give the
// published site again stops here (publish-inputs.ts, decision 028).
const inputs = await step('reading what the publish is made from', () => publishInputs(process.cwd(), settings));
const inputsFile = publishInputsFile(buildCacheDir, outDir);
if (!forced && existsSync(outDir) && unchangedSince(readPublishRecord(inputsFile), inputs, buildTime)) {
  const { writeChangeList } = await import('./output-changes.ts');
  writeChangeList(`${outDir}.changes.json`, { added: [], changed: [], removed: [], unchanged: 0 }, []);
  console.log(`build: nothing changed since the last publish (code, settings, content, clock); ${outDir} stands as published`);
  process.exit(0);
}
forgetPublishRecord(inputsFile);
// What the published photo folder holds, read now and forgotten until the new site is in place,
// as the publish record is: a publish killed after touching the folder leaves no record.
const photosFile = placedPhotosFile(buildCacheDir, outDir);
const placedBefore = forced ? undefined : readPlacedPhotos(photosFile);
rmSync(photosFile, { force: true });
const full = forced || renderingCodeChanged(inputs.code, outDir, buildCacheDir);
if (full && !forced) console.log('build: a full build: the first here, or the code changed since the last one');
// `--full` trusts nothing kept from earlier builds: the bodies, share images, search parts and
// page policies of our own cache go here, to be made afresh.
if (forced) await step('discarding the build cache', () => discardBuildCaches(buildCacheDir));
// Nor does any full build trust Astro's cache folder, whose files Astro reads unchecked: --force
// drops its content store only, and a font file there cut short by a full disk or a stopped
// build stopped every later build with "Cannot read properties of undefined (reading 'ascent')".
if (full) await step("discarding Astro's cache", () => rmSync(astroCacheDir(buildCacheDir), { recursive: true, force: true }));
handOverPublishedPages(outDir, staging, buildCacheDir, full);
const releaseAstro = await step('waiting for any other build of this project to leave Astro', () => holdAstro());
await step('astro', async () => {
  try {
    await runAstro(['build', '--outDir', staging, ...(full ? ['--force'] : [])], {
      ...process.env,
      NODE_OPTIONS: [process.env['NODE_OPTIONS'] ?? '', `--max-old-space-size=${ASTRO_HEAP_MB}`, '--disable-warning=ExperimentalWarning']
        .join(' ')
        .trim(),
    });
  } finally {
    // Before the step says it is done: a build killed at that line leaves no lock behind.
    await releaseAstro();
  }
});
const rendered = readRenderedPages(buildCacheDir, staging);
forgetHandOver(buildCacheDir, staging);
// Every site has a front page: none handed back means the hand-over failed, and the sitemaps would lack every page.
if (rendered.pages.length === 0) fail('Astro handed back no list of its pages (the rendering-changed-pages integration did not run)');
await step('linking the unchanged published pages', () => linkKeptPages(rendered, outDir, staging));
console.log(`build: ${rendered.kept.length} published pages kept, ${Object.keys(rendered.record).length - rendered.kept.length} rendered`);
// Loaded only now: with their dependencies (date-fns among them) they add about
// 100 MB to this process, which would otherwise sit beside Astro's peak.
const { placeShareImages } = await import('./share-images/placing.ts');
const { buildSearchIndex } = await import('./pagefind.ts');
const { writeHeadersFile } = await import('./headers-file.ts');
const { compareOutputs, writeChangeList } = await import('./output-changes.ts');
const { describeTakenDown, takenDownArticles } = await import('./taken-down.ts');
const { readHeldBack } = await import('#lib/loading/held-back.ts');
const { placePhotos, photoVariantsCache } = await import('./photos/placing.ts');
const { photoJob } = await import('#lib/photos/photo-uses.ts');
const { sitemapFiles } = await import('#lib/metadata/sitemaps.ts');
const { articles, photos } = await step('reading the publish manifest', () => {
  const manifest = readPublishManifest(staging);
  rmSync(join(staging, PUBLISH_MANIFEST));
  return manifest;
});
await step('sitemaps', () => {
  const redirects = new Set(articles.flatMap((article) => article.redirectFrom));
  for (const { path, xml } of sitemapFiles({ pages: rendered.pages, articles, redirects }, { site: settings.origin, timeZone }))
    writeFileSync(join(staging, path), xml);
});
const photoCache = photoVariantsCache(process.cwd(), buildCacheDir);
// A full build places every photo afresh; any other places only what the published photo folder
// lacks, and that folder moves into the new site whole (see photos/placing.ts).
const publishedPhotos = join(outDir, PHOTO_FOLDER);
const photosInPlace = !full && placedBefore !== undefined && existsSync(publishedPhotos);
// Before the share images, which are drawn over each photo's card crop.
const placedPhotos = await step('photos', () => placePhotos(staging, photos.map(photoJob), photoCache, photosInPlace ? placedBefore : {}));
const photosRemoved = photosInPlace ? photosNoLongerShown(placedBefore, placedPhotos.now) : [];
console.log(`build: ${placedPhotos.added.length} photo files placed, from ${placedPhotos.made} photo(s) newly made`);
// Side by side: the drawing threads, Pagefind's process and the headers' reading of the pages
// each use a core of their own for much of their time.
const [cards, search] = await Promise.all([
  step('share images', () => placeShareImages(staging, articles, photosInPlace ? [staging, outDir] : [staging])),
  step('search index and headers', async () => {
    const indexing = buildSearchIndex(
      staging,
      articles.map((article) => article.path),
      !full,
    );
    // Reads only the pages' heads while Pagefind works in its own processes.
    writeHeadersFile(staging, join(buildCacheDir, BUILD_CACHES.pagePolicies));
    return indexing;
  }),
]);
console.log(`build: ${cards.placed} share images placed, ${cards.drawn} of them newly drawn`);
console.log(`build: search index in ${search.parts} part(s), ${search.indexed} of them indexed anew`);
const changes = await step('comparing with the published site', () => {
  if (!photosInPlace) return compareOutputs(staging, outDir);
  // The photo folder's changes are known: the files placed and those no page shows any more.
  const compared = compareOutputs(staging, outDir, PHOTO_FOLDER);
  const photoFiles = Object.values(placedBefore).reduce((count, paths) => count + paths.length, 0);
  return {
    added: [...compared.added, ...placedPhotos.added.map((path) => path.slice(1))].sort(),
    changed: compared.changed,
    removed: [...compared.removed, ...photosRemoved.map((path) => path.slice(1))].sort(),
    unchanged: compared.unchanged + photoFiles - photosRemoved.length,
  };
});
const heldBack = readHeldBack(buildCacheDir);
const takenDown = takenDownArticles(changes.removed, changes.added, heldBack);

// Not a step(): a failure past the swap must not claim the previous output is untouched.
const swapStarted = performance.now();
if (photosInPlace) {
  // The new photos join the published folder (pages do not show them yet), which then moves
  // into the new site: one rename, however many photos the archive has.
  for (const path of placedPhotos.added) {
    mkdirSync(dirname(join(outDir, path)), { recursive: true });
    renameSync(join(staging, path), join(outDir, path));
  }
  rmSync(join(staging, PHOTO_FOLDER), { recursive: true, force: true });
  renameSync(publishedPhotos, join(staging, PHOTO_FOLDER));
}
// From here the published site changes: its record goes until the new one is written.
forgetPublishedPages(outDir, buildCacheDir);
const previous = `${outDir}.previous`;
swapInNewSite(staging, outDir, previous);
// Written as soon as the new site is in place, so the list always describes what is published;
// until it is, a stopped publish is undone by the next (see site-swap.ts).
writeChangeList(`${outDir}.changes.json`, changes, takenDown);
swapDone(outDir);
removePhotoFiles(outDir, photosRemoved);
recordPublishedPages(outDir, buildCacheDir, rendered.record, inputs.code);
const until = clockHorizon(
  articles.map((article) => article.publishedAt),
  heldBack,
  buildTime,
  timeZone,
);
writePublishRecord(inputsFile, { ...inputs, until: until.toISOString() });
writeFileSync(photosFile, JSON.stringify(placedPhotos.now));
// Last, the new site live and recorded: a folder that cannot be moved or listed must not fail a
// publish that has happened.
try {
  discardReplacedSite(outDir, previous);
} catch (error) {
  console.warn(`build: the replaced site ${previous} was left in place (${(error as Error).message}); the next publish deletes it`);
}
console.log(`build: putting the new site in place took ${((performance.now() - swapStarted) / 1000).toFixed(1)} s`);
console.log(
  `build: ${changes.added.length} files added, ${changes.changed.length} changed, ${changes.removed.length} removed, ${changes.unchanged} unchanged (listed in ${outDir}.changes.json)`,
);
if (takenDown.length > 0) {
  console.warn(
    `build: this publish takes down ${takenDown.length} published article(s) (listed under "takenDown" in ${outDir}.changes.json):\n${takenDown.map((article) => `  ${describeTakenDown(article)}`).join('\n')}`,
  );
}
console.log(`build: published to ${outDir}`);

/**
 * `npm run bench -- photos N [runs]`: what photos cost a build (issue #23). Writes N synthetic
 * articles, each with its own camera-sized photo (synthetic-articles.ts: 4000×2667, every one
 * different), and the same N articles without their photos; builds each twice over:
 *
 * - cold, from an empty build cache: the photo step's wall time over N is the cost of a photo;
 * - warm, `runs` times: an empty output folder with the build cache of the cold build, so every
 *   page is made again while bodies, cards, photo variants and search parts come from the cache.
 *
 * Prints the medians of the warm builds with photos against those without (time and peak
 * memory of the whole process tree, and each step's time), then a publish of one new article into
 * each site (as a newsroom publishes: into the published site), and the bytes of a lead photo at
 * 400 and 1,280 px.
 *
 * `npm run bench -- photos N runs cold`, then `... warm`: the same in two sittings, in a folder
 * kept between them (`$TMPDIR/photos-N`), so that the long cold builds of a large archive can
 * run beside other work and the warm builds, the figures compared, on a quiet machine.
 * `... resume` finishes a cold sitting that was stopped (its articles and caches kept; the builds
 * that complete them are not cold, so no cold figure is printed), then runs the warm builds.
 *
 * The warm builds alternate, with photos then without, so that other work on the machine weighs
 * on both series alike.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { median } from './median.ts';
import { measure } from './process-tree.ts';
import { writeSyntheticArticles } from './synthetic-articles.ts';

const N = Number(process.argv[3] ?? 200);
const RUNS = Number(process.argv[4] ?? 3);
const phaseArgument = process.argv[5];
if (phaseArgument !== undefined && !['cold', 'warm', 'resume'].includes(phaseArgument))
  throw new Error(`usage: npm run bench -- photos N [runs] [cold|warm|resume], not "${phaseArgument}"`);
const PHASE = phaseArgument;
const ROOT = resolve(import.meta.dirname, '../..');
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const work = PHASE ? join(tmpdir(), `photos-${N}`) : mkdtempSync(join(tmpdir(), `photos-${N}-`));
const coldResults = join(work, 'cold.json');
if (PHASE === 'cold') {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work);
}
if (PHASE === 'resume' && !existsSync(join(work, 'with-photos')))
  throw new Error(`nothing to resume in ${work}: run "npm run bench -- photos ${N} ${RUNS} cold" first`);
if (PHASE === 'warm' && !existsSync(coldResults))
  throw new Error(`no cold builds in ${work}: run "npm run bench -- photos ${N} ${RUNS} cold" first`);

const withPhotos = join(work, 'with-photos');
const withoutPhotos = join(work, 'without-photos');
if (PHASE === undefined || PHASE === 'cold') {
  console.log(`bench: writing ${N} articles, each with a photo, in ${withPhotos}`);
  await writeSyntheticArticles(withPhotos, N, { photoShare: 1 });
  // The same articles, their photo blocks taken out and their photos left behind.
  cpSync(withPhotos, withoutPhotos, { recursive: true, filter: (source) => !source.endsWith('.jpg') });
  const articles = join(withoutPhotos, 'articles');
  for (const folder of readdirSync(articles)) {
    const file = join(articles, folder, 'index.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^photo:\n(?: {2}.*\n)+/m, ''));
  }
  const photoBytes = readdirSync(join(withPhotos, 'articles')).map(
    (folder) => statSync(join(withPhotos, 'articles', folder, 'photo.jpg')).size,
  );
  console.log(`bench: photos of ${(median(photoBytes) / 1024 / 1024).toFixed(2)} MB (median)`);
}

async function build(content: string, cache: string, out: string, { keepOutput = false } = {}) {
  if (!keepOutput) rmSync(out, { recursive: true, force: true });
  const result = await measure(
    'node',
    ['--experimental-strip-types', '--disable-warning=ExperimentalWarning', 'src/publish/publish-site.ts', '--outDir', out],
    { cwd: ROOT, env: { ...process.env, CONTENT_DIR: content, BUILD_CACHE_DIR: cache, ASTRO_TELEMETRY_DISABLED: '1' } },
  );
  if (result.exitCode !== 0) {
    console.error(result.output.slice(-4000));
    throw new Error(`the build of ${content} failed`);
  }
  // Each step of publish-site.ts says how long it took: where a difference in time comes from.
  const steps = Object.fromEntries(
    [...result.output.matchAll(/^build: (.+) took ([\d.]+) s$/gm)].map(([, name, seconds]) => [name!, Number(seconds)]),
  );
  return { seconds: result.seconds, peakRssBytes: result.peakRssBytes, photoSeconds: steps['photos'] ?? 0, steps };
}

type Build = Awaited<ReturnType<typeof build>>;
/** Each step's time, and what no step accounts for (Node starting, the settings, the swap). */
const stepTimes = ({ steps, seconds }: Build) => {
  const inSteps = Object.values(steps).reduce((sum, step) => sum + step, 0);
  return [
    ...Object.entries(steps).map(([step, time]) => `${step} ${time.toFixed(1)} s`),
    `outside the steps ${(seconds - inSteps).toFixed(1)} s`,
  ].join(', ');
};
const SERIES = [
  ['with photos', withPhotos],
  ['without photos', withoutPhotos],
] as const;
const where = (name: string) => ({
  cache: join(work, `cache-${name.replace(' ', '-')}`),
  out: join(work, `site-${name.replace(' ', '-')}`),
});
const colds: Record<string, Build> = PHASE === 'warm' ? (JSON.parse(readFileSync(coldResults, 'utf8')) as Record<string, Build>) : {};
if (PHASE !== 'warm') {
  for (const [name, content] of SERIES) {
    const cold = await build(content, where(name).cache, where(name).out);
    const kind = PHASE === 'resume' ? 'finishing the stopped cold build' : 'cold';
    console.log(`  ${name}, ${kind}: ${cold.seconds.toFixed(1)} s, peak ${mb(cold.peakRssBytes)}, ${stepTimes(cold)}`);
    colds[name] = cold;
  }
  if (PHASE === 'cold') writeFileSync(coldResults, JSON.stringify(colds));
}
if (PHASE === 'cold') {
  console.log(`bench: cold builds done and kept in ${work}; now "npm run bench -- photos ${N} ${RUNS} warm"`);
  process.exit(0);
}

const results: Record<string, { cold: Build; warm: Build[] }> = Object.fromEntries(
  SERIES.map(([name]) => [name, { cold: colds[name]!, warm: [] as Build[] }]),
);
for (let run = 1; run <= RUNS; run++) {
  for (const [name, content] of SERIES) {
    const result = await build(content, where(name).cache, where(name).out);
    console.log(`  ${name}, warm run ${run}: ${result.seconds.toFixed(1)} s, peak ${mb(result.peakRssBytes)}, ${stepTimes(result)}`);
    results[name]!.warm.push(result);
  }
}

const lead = (site: string) => {
  const html = readFileSync(join(site, 'index.html'), 'utf8');
  return (
    /<source type="image\/webp" srcset="([^"]+)"/
      .exec(html)?.[1]
      ?.split(', ')
      .map((candidate) => candidate.split(' ')[0]!) ?? []
  );
};
const site = join(work, 'site-with-photos');
const candidates = lead(site);
const bytesOfLeadAt = (width: number) =>
  statSync(join(site, candidates.find((url) => url.endsWith(`/${width}.webp`)) ?? candidates[0]!)).size;
// Read before the publish below, whose new article, without a photo, leads the front.
const leadBytes = [400, 1216].map(bytesOfLeadAt);

// A newsroom publishes into the published site, not into an empty folder: one article added to
// each archive, published into the site its last warm build made (decision 032 keeps the photo
// folder in place there, so the archive's photos are neither linked nor compared again).
const publishes: Record<string, Build> = {};
for (const [name, content] of SERIES) {
  writeFileSync(
    join(content, 'articles', 'bench-published-article.md'),
    `---\nheadline: "An article published into the archive"\nbyline:\n  - name: Synthetic Reporter 1\ndate: 2024-12-31T10:00:00-05:00\nsection: World\n---\n\nA new synthetic article.\n`,
  );
  const published = await build(content, where(name).cache, where(name).out, { keepOutput: true });
  console.log(
    `  ${name}, publishing one article: ${published.seconds.toFixed(1)} s, peak ${mb(published.peakRssBytes)}, ${stepTimes(published)}`,
  );
  publishes[name] = published;
}

const [w, wo] = [results['with photos']!, results['without photos']!];
const warmSeconds = (r: typeof w) => median(r.warm.map((run) => run.seconds));
const warmPeak = (r: typeof w) => median(r.warm.map((run) => run.peakRssBytes));
console.log(`\nbench: ${N} articles, each with a photo, against the same without; warm: median of ${RUNS}`);
if (PHASE === 'resume') console.log('  cold, a photo: not measured (a resumed cold sitting)');
else
  console.log(
    `  cold, a photo: ${((w.cold.seconds - wo.cold.seconds) / N).toFixed(3)} s of wall time (the cold build with photos less the one without, over ${N}; the photo step alone ${(w.cold.photoSeconds / N).toFixed(3)} s)`,
  );
console.log(
  `  warm build: ${warmSeconds(w).toFixed(1)} s against ${warmSeconds(wo).toFixed(1)} s: ${(warmSeconds(w) / warmSeconds(wo)).toFixed(2)}×`,
);
for (const name of Object.keys(w.warm[0]!.steps)) {
  const [withStep, withoutStep] = [w, wo].map((r) => median(r.warm.map((run) => run.steps[name] ?? 0)));
  console.log(`    step "${name}": ${withStep!.toFixed(1)} s against ${withoutStep!.toFixed(1)} s`);
}
const [publishWith, publishWithout] = [publishes['with photos']!, publishes['without photos']!];
console.log(
  `  publishing one article into the site: ${publishWith.seconds.toFixed(1)} s against ${publishWithout.seconds.toFixed(1)} s: ${(publishWith.seconds / publishWithout.seconds).toFixed(2)}×, peak ${mb(publishWith.peakRssBytes)} against ${mb(publishWithout.peakRssBytes)}`,
);
console.log(`  warm peak memory: ${mb(warmPeak(w))} against ${mb(warmPeak(wo))}: ${(warmPeak(w) / warmPeak(wo)).toFixed(2)}×`);
console.log(
  `  the front's lead photo: ${(leadBytes[0]! / 1024).toFixed(1)} kB at 400 px, ${(leadBytes[1]! / 1024).toFixed(1)} kB at 1,216 px`,
);
rmSync(work, { recursive: true, force: true });

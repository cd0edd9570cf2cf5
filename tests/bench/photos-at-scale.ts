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
 * memory of the whole process tree), and the bytes of a lead photo at 400 and 1,280 px.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { measure } from './process-tree.ts';
import { writeSyntheticArticles } from './synthetic-articles.ts';

const N = Number(process.argv[3] ?? 200);
const RUNS = Number(process.argv[4] ?? 3);
const ROOT = resolve(import.meta.dirname, '../..');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const work = mkdtempSync(join(tmpdir(), `photos-${N}-`));

const withPhotos = join(work, 'with-photos');
console.log(`bench: writing ${N} articles, each with a photo, in ${withPhotos}`);
await writeSyntheticArticles(withPhotos, N, { photoShare: 1 });
// The same articles, their photo blocks taken out and their photos left behind.
const withoutPhotos = join(work, 'without-photos');
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

async function build(content: string, cache: string, out: string) {
  rmSync(out, { recursive: true, force: true });
  const result = await measure(
    'node',
    ['--experimental-strip-types', '--disable-warning=ExperimentalWarning', 'src/publish/publish-site.ts', '--outDir', out],
    { cwd: ROOT, env: { ...process.env, CONTENT_DIR: content, BUILD_CACHE_DIR: cache, ASTRO_TELEMETRY_DISABLED: '1' } },
  );
  if (result.exitCode !== 0) {
    console.error(result.output.slice(-4000));
    throw new Error(`the build of ${content} failed`);
  }
  const photoSeconds = Number(/^build: photos took ([\d.]+) s$/m.exec(result.output)?.[1] ?? 0);
  return { seconds: result.seconds, peakRssBytes: result.peakRssBytes, photoSeconds };
}

const results: Record<string, { cold: Awaited<ReturnType<typeof build>>; warm: Array<Awaited<ReturnType<typeof build>>> }> = {};
for (const [name, content] of [
  ['with photos', withPhotos],
  ['without photos', withoutPhotos],
] as const) {
  const cache = join(work, `cache-${name.replace(' ', '-')}`);
  const out = join(work, `site-${name.replace(' ', '-')}`);
  const cold = await build(content, cache, out);
  console.log(`  ${name}, cold: ${cold.seconds.toFixed(1)} s, peak ${mb(cold.peakRssBytes)}, photo step ${cold.photoSeconds.toFixed(1)} s`);
  const warm = [];
  for (let run = 1; run <= RUNS; run++) {
    const result = await build(content, cache, out);
    console.log(
      `  ${name}, warm run ${run}: ${result.seconds.toFixed(1)} s, peak ${mb(result.peakRssBytes)}, photo step ${result.photoSeconds.toFixed(1)} s`,
    );
    warm.push(result);
  }
  results[name] = { cold, warm };
}

const lead = (site: string) => {
  const html = readFileSync(join(site, readdirSync(site).includes('index.html') ? 'index.html' : ''), 'utf8');
  return (
    /<source type="image\/webp" srcset="([^"]+)"/
      .exec(html)?.[1]
      ?.split(', ')
      .map((candidate) => candidate.split(' ')[0]!) ?? []
  );
};
const site = join(work, 'site-with-photos');
const candidates = lead(site);
const bytesAt = (width: number) => statSync(join(site, candidates.find((url) => url.endsWith(`/${width}.webp`)) ?? candidates[0]!)).size;

const [w, wo] = [results['with photos']!, results['without photos']!];
const warmSeconds = (r: typeof w) => median(r.warm.map((run) => run.seconds));
const warmPeak = (r: typeof w) => median(r.warm.map((run) => run.peakRssBytes));
console.log(`\nbench: ${N} articles, each with a photo, against the same without; warm: median of ${RUNS}`);
console.log(
  `  cold, a photo: ${(w.cold.photoSeconds / N).toFixed(3)} s of wall time (photo step ${w.cold.photoSeconds.toFixed(1)} s for ${N})`,
);
console.log(
  `  warm build: ${warmSeconds(w).toFixed(1)} s against ${warmSeconds(wo).toFixed(1)} s: ${(warmSeconds(w) / warmSeconds(wo)).toFixed(2)}×`,
);
console.log(`  warm peak memory: ${mb(warmPeak(w))} against ${mb(warmPeak(wo))}: ${(warmPeak(w) / warmPeak(wo)).toFixed(2)}×`);
console.log(
  `  the front's lead photo: ${(bytesAt(400) / 1024).toFixed(1)} kB at 400 px, ${(bytesAt(1216) / 1024).toFixed(1)} kB at 1,216 px`,
);
rmSync(work, { recursive: true, force: true });

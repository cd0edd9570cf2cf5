/**
 * `npm run bench -- [N] [runs] [--photos SHARE]`: builds the full site from N
 * synthetic articles, and the same articles with a bare Astro 7 page, in one
 * run; prints median wall time, pages per second, peak memory of the whole
 * process tree, output bytes per article page, and the ratios ours/bare.
 * Results are kept in tests/bench/results.json and drawn in
 * tests/bench/build-at-scale.svg.
 *
 * With `--photos 0.1`, a tenth of the articles have a 4000×2667 photo beside
 * them; the first (cold) build then reports how long Astro took to make the
 * photos' variants and the cost per photo, and the results go to
 * tests/bench/results-with-photos.json. The measured runs keep Astro's image
 * cache, as a newsroom's repeated builds do.
 *
 * N defaults to 1,000. Above 20,000 the bare build is skipped: Astro cannot
 * write a content store that large (one string past V8's length limit).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { measure, type Measured } from './process-tree.ts';
import { PHOTO_SIZE, writeSyntheticArticles } from './synthetic-articles.ts';
import { drawChart, type BenchResults } from './chart.ts';

const photosFlag = process.argv.indexOf('--photos');
const PHOTO_SHARE = photosFlag === -1 ? 0 : Number(process.argv[photosFlag + 1]);
const positional = process.argv.slice(2).filter((_, i, all) => all[i] !== '--photos' && all[i - 1] !== '--photos');
const N = Number(positional[0] ?? 1000);
const RUNS = Number(positional[1] ?? (N >= 50_000 ? 1 : 3));
if (!(PHOTO_SHARE >= 0 && PHOTO_SHARE <= 1)) throw new Error(`--photos takes a share between 0 and 1, not ${process.argv[photosFlag + 1]}`);
const BARE_LIMIT = 20_000;
const ROOT = resolve(import.meta.dirname, '../..');
const BIN = (name: string) => join(ROOT, 'node_modules', '.bin', name);
const BUILD_SCRIPT = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { build: string } }).scripts.build
  .replace(/^node /, '')
  .split(' ');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

const work = mkdtempSync(join(tmpdir(), `bench-${N}-`));
const content = join(work, 'content');
console.log(`bench: generating ${N} synthetic articles in ${content}${PHOTO_SHARE > 0 ? `, a share of ${PHOTO_SHARE} with a photo` : ''}`);
const PHOTOS = await writeSyntheticArticles(content, N, { photoShare: PHOTO_SHARE });
if (PHOTOS > 0) console.log(`bench: ${PHOTOS} photos of ${PHOTO_SIZE.width}×${PHOTO_SIZE.height}`);

// BENCH_CACHE_DIR keeps the build cache between benchmark runs (the articles are the same for
// the same N, so their bodies and cards are too); by default each run starts empty.
const cardCache = process.env['BENCH_CACHE_DIR'] ? resolve(process.env['BENCH_CACHE_DIR']) : join(work, 'build-cache');

/**
 * Astro's cache lives in the build cache (astro.config.mjs): its generated images, and the data
 * store and previous build's pages that a measured full build must not reuse.
 */
const ASTRO_CACHE = join(cardCache, 'astro');
function emptyAstroCache({ keepImages }: { keepImages: boolean }) {
  for (const name of existsSync(ASTRO_CACHE) ? readdirSync(ASTRO_CACHE) : []) {
    if (keepImages && name === 'assets') continue;
    rmSync(join(ASTRO_CACHE, name), { recursive: true, force: true });
  }
}

function countPages(dir: string, articleDepth: number): { pages: number; articleBytes: number; articles: number } {
  let pages = 0;
  let articleBytes = 0;
  let articles = 0;
  const walk = (d: string, depth: number) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path, depth + 1);
      else if (name === 'index.html' || name.endsWith('.html')) {
        pages++;
        // Article pages sit at /<section>/<yyyy>/<mm>/<dd>/<slug>/index.html here, at /<slug>/index.html in the bare build.
        if (depth === articleDepth && name === 'index.html') {
          articles++;
          articleBytes += statSync(path).size;
        }
      }
    }
  };
  walk(dir, 0);
  return { pages, articleBytes, articles };
}

function check(result: Measured, what: string): Measured {
  if (result.exitCode !== 0) {
    console.error(result.output);
    throw new Error(`${what} failed with exit code ${result.exitCode}`);
  }
  return result;
}

async function buildOurs(cardCache: string) {
  const out = join(ROOT, 'dist-bench');
  const env = { ...process.env, CONTENT_DIR: content, BUILD_CACHE_DIR: cardCache, ASTRO_TELEMETRY_DISABLED: '1' };
  const result = check(
    // What `npm run build` runs (Astro, cards, search index, headers), into another folder;
    // without npm's own process in front of it, as the bare build runs `astro build` itself.
    await measure('node', [...BUILD_SCRIPT, '--outDir', out, '--full'], {
      cwd: ROOT,
      env,
      keep: /generating optimized images|Completed in/,
    }),
    'our build',
  );
  const pages = countPages(out, 5);
  rmSync(out, { recursive: true, force: true });
  // Where the time went, as the build reports it ("astro 31.0 s, social cards 0.3 s, ...").
  const steps = [...result.output.matchAll(/^build: (.+) took ([\d.]+ s)$/gm)].map((m) => `${m[1]} ${m[2]}`).join(', ');
  // Astro's own report of its image step: "generating optimized images" ... "✓ Completed in 41.20s." (or 950ms, or 12m 3s)
  const images = /generating optimized images[\s\S]*?Completed in (?:(\d+)m )?([\d.]+)(m?s)/.exec(result.kept.join('\n'));
  const imageSeconds = images ? Number(images[1] ?? 0) * 60 + Number(images[2]) / (images[3] === 'ms' ? 1000 : 1) : 0;
  return { ...result, ...pages, steps, imageSeconds };
}

function bareProject(): string {
  const dir = join(work, 'bare');
  mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'package.json'), '{ "type": "module", "private": true }\n');
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    // Its own cache folder: node_modules is ours (a link), and Astro's default cache inside it holds our images.
    "import { defineConfig } from 'astro/config';\nexport default defineConfig({ site: 'https://bare.example.com', cacheDir: './.astro-cache' });\n",
  );
  writeFileSync(
    join(dir, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { articles: defineCollection({ loader: glob({ pattern: '**/*.md', base: ${JSON.stringify(join(content, 'articles'))} }) }) };\n`,
  );
  writeFileSync(
    join(dir, 'src', 'pages', '[...slug].astro'),
    `---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() {\n  return (await getCollection('articles')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));\n}\nconst { entry } = Astro.props;\nconst { Content } = await render(entry);\n---\n<html lang="en"><head><meta charset="utf-8"><title>{entry.data.headline}</title></head><body><h1>{entry.data.headline}</h1><p>{entry.data.section}</p><Content /></body></html>\n`,
  );
  return dir;
}

async function buildBare(dir: string) {
  // Inside the project: Astro's prerender chunks resolve packages from where they are written.
  const out = join(dir, 'dist');
  rmSync(join(dir, '.astro'), { recursive: true, force: true });
  rmSync(join(dir, '.astro-cache'), { recursive: true, force: true });
  const result = check(
    await measure(BIN('astro'), ['build', '--outDir', out], { cwd: dir, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } }),
    'bare build',
  );
  const pages = countPages(out, 1);
  rmSync(out, { recursive: true, force: true });
  return { ...result, ...pages };
}

// The first build draws every social card and renders every body (cold); the
// measured runs reuse that cache, as a newsroom's repeated builds do.
console.log(
  `bench: first build (${process.env['BENCH_CACHE_DIR'] ? 'with the kept build cache' : 'cold: empty build cache, every card drawn, every body rendered'})`,
);
const keptCache = Boolean(process.env['BENCH_CACHE_DIR']);
emptyAstroCache({ keepImages: keptCache });
const cold = await buildOurs(cardCache);
console.log(`  first build: ${cold.seconds.toFixed(1)} s, ${mb(cold.peakRssBytes)}`);
const photoCost =
  PHOTOS > 0 && !keptCache
    ? { photos: PHOTOS, imageSeconds: cold.imageSeconds, secondsPerPhoto: cold.imageSeconds / PHOTOS, cores: availableParallelism() }
    : undefined;
if (photoCost) {
  console.log(
    `  photos, cold: Astro made the variants of ${PHOTOS} photos in ${photoCost.imageSeconds.toFixed(1)} s, ${photoCost.secondsPerPhoto.toFixed(2)} s of wall time per photo on ${photoCost.cores} cores`,
  );
}

const ours: Awaited<ReturnType<typeof buildOurs>>[] = [];
const bare: Awaited<ReturnType<typeof buildBare>>[] = [];
const bareDir = N <= BARE_LIMIT ? bareProject() : undefined;
if (!bareDir) console.log(`bench: bare build skipped above ${BARE_LIMIT} articles (Astro cannot write a content store that large)`);
for (let run = 1; run <= RUNS; run++) {
  emptyAstroCache({ keepImages: true });
  const o = await buildOurs(cardCache);
  ours.push(o);
  console.log(`  run ${run}: ours ${o.seconds.toFixed(1)} s, ${mb(o.peakRssBytes)} (${o.steps})`);
  if (bareDir) {
    const b = await buildBare(bareDir);
    bare.push(b);
    console.log(`  run ${run}: bare ${b.seconds.toFixed(1)} s, ${mb(b.peakRssBytes)}`);
  }
}
emptyAstroCache({ keepImages: false });

const summary = (runs: Array<Awaited<ReturnType<typeof buildBare>>>) =>
  runs.length === 0
    ? undefined
    : {
        seconds: median(runs.map((r) => r.seconds)),
        peakRssBytes: median(runs.map((r) => r.peakRssBytes)),
        pages: runs[0]!.pages,
        pagesPerSecond: runs[0]!.pages / median(runs.map((r) => r.seconds)),
        bytesPerArticlePage: Math.round(runs[0]!.articleBytes / Math.max(1, runs[0]!.articles)),
      };
const oursSummary = summary(ours)!;
const bareSummary = summary(bare);

console.log(`\nbench: ${N} articles, median of ${RUNS} run(s)`);
console.log(
  `  ours: ${oursSummary.seconds.toFixed(1)} s, ${oursSummary.pages} pages (${oursSummary.pagesPerSecond.toFixed(0)} pages/s), peak ${mb(oursSummary.peakRssBytes)}, ${oursSummary.bytesPerArticlePage} B per article page`,
);
console.log(
  `  ours, first build (${keptCache ? 'kept' : 'empty'} build cache): ${cold.seconds.toFixed(1)} s, peak ${mb(cold.peakRssBytes)}`,
);
if (bareSummary) {
  console.log(
    `  bare: ${bareSummary.seconds.toFixed(1)} s, ${bareSummary.pages} pages (${bareSummary.pagesPerSecond.toFixed(0)} pages/s), peak ${mb(bareSummary.peakRssBytes)}, ${bareSummary.bytesPerArticlePage} B per article page`,
  );
  console.log(
    `  ours/bare: time ${(oursSummary.seconds / bareSummary.seconds).toFixed(2)}×, memory ${(oursSummary.peakRssBytes / bareSummary.peakRssBytes).toFixed(2)}×`,
  );
}

const resultsFile = join(import.meta.dirname, PHOTOS > 0 ? 'results-with-photos.json' : 'results.json');
let results: BenchResults = {};
try {
  results = JSON.parse(readFileSync(resultsFile, 'utf8')) as BenchResults;
} catch {
  // First run.
}
results[PHOTOS > 0 ? `${N} articles, ${PHOTOS} photos` : String(N)] = {
  runs: RUNS,
  measuredOn: new Date().toISOString().slice(0, 10),
  machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${mb(totalmem())}`,
  node: process.version,
  ours: oursSummary,
  // With a kept cache the first build is not cold; the figure says which it was.
  oursFirstBuild: { seconds: cold.seconds, peakRssBytes: cold.peakRssBytes, buildCache: keptCache ? 'kept' : 'empty' },
  ...(photoCost ? { photoCost } : {}),
  ...(bareSummary ? { bare: bareSummary } : {}),
};
writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
if (PHOTOS === 0) writeFileSync(join(import.meta.dirname, 'build-at-scale.svg'), drawChart(results));
rmSync(work, { recursive: true, force: true });
console.log(
  PHOTOS > 0 ? `bench: results in ${resultsFile}` : `bench: results in tests/bench/results.json, chart in tests/bench/build-at-scale.svg`,
);

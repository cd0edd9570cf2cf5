/**
 * `npm run bench -- publish N [runs]`: how long one publish takes in an archive of N synthetic
 * articles, beside a full build of the same archive, in one run.
 *
 * After a first (cold) build, each run times a warm full build (`npm run build -- --full`), then
 * seven publishes, each an ordinary (incremental) `npm run build`: one with nothing changed, adding a new article, correcting
 * an old article's headline, deleting the article just added (a retraction), deleting an old
 * article, adding the first article of a new year and deleting it again. Each publish's files added, changed and removed come from the build's own list
 * (`<outDir>.changes.json`). Prints medians; keeps them in tests/bench/results-publish.json and
 * draws tests/bench/publish-at-scale.svg.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { drawPublishChart } from './chart.ts';
import { median } from './median.ts';
import { measure } from './process-tree.ts';
import { writeSyntheticArticles } from './synthetic-articles.ts';

const [, , , nArgument, runsArgument] = process.argv;
const N = Number(nArgument ?? 1000);
const RUNS = Number(runsArgument ?? 3);
if (!(Number.isInteger(RUNS) && RUNS > 0 && Number.isInteger(N) && N > RUNS * 97 + 1))
  throw new Error(`usage: npm run bench -- publish N [runs], N above ${RUNS * 97 + 1} (each run edits article 97 × run)`);
const ROOT = resolve(import.meta.dirname, '../..');
const BUILD_SCRIPT = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { build: string } }).scripts.build
  .replace(/^node /, '')
  .split(' ');

const work = mkdtempSync(join(tmpdir(), `bench-publish-${N}-`));
const content = join(work, 'content');
const articles = join(content, 'articles');
const out = join(ROOT, 'dist-bench');
const env = { ...process.env, CONTENT_DIR: content, BUILD_CACHE_DIR: join(work, 'build-cache'), ASTRO_TELEMETRY_DISABLED: '1' };
console.log(`bench: generating ${N} synthetic articles in ${content}`);
await writeSyntheticArticles(content, N);

interface Publish {
  seconds: number;
  files: number;
  steps: string;
}

async function build(args: string[] = []): Promise<Publish> {
  // The build's own step times, and Astro's phases (its output is long: one line a page).
  const keep =
    /^build: .+ took |\[types\] Generated|\[build\] ✓ Completed|\[vite\] ✓ built|✓ Completed in|page\(s\) built in|pages to render/;
  const result = await measure('node', [...BUILD_SCRIPT, '--outDir', out, ...args], { cwd: ROOT, env, keep });
  if (result.exitCode !== 0) {
    console.error(result.output);
    throw new Error(`the build failed with exit code ${result.exitCode}`);
  }
  const changes = JSON.parse(readFileSync(`${out}.changes.json`, 'utf8')) as Record<'added' | 'changed' | 'removed', string[]>;
  const kept = result.kept.join('\n');
  const steps = [
    ...[...kept.matchAll(/^build: (.+) took ([\d.]+ s)$/gm)].map((m) => `${m[1]} ${m[2]}`),
    // Within Astro: starting and syncing content (its "[types] Generated" time), Vite, rendering or restoring pages.
    ...[...kept.matchAll(/\[types\] Generated ([\d.]+m?s)/g)].map((m) => `astro start and sync ${m[1]}`),
    ...[...kept.matchAll(/\[vite\] ✓ built in ([\d.]+m?s)/g)].map((m) => `vite ${m[1]}`),
    ...[...kept.matchAll(/^(?:\S+ )?✓ Completed in ([\d.]+m?s)\./gm)].map((m) => `pages ${m[1]}`),
    // Which pages Astro was handed (decision 034): the rest were kept as published.
    ...[...kept.matchAll(/(\d+) of (\d+) pages to render/g)].map((m) => `${m[1]} of ${m[2]} pages rendered`),
  ].join(', ');
  return { seconds: result.seconds, files: changes.added.length + changes.changed.length + changes.removed.length, steps };
}

const synthetic = (i: number) => join(articles, `synthetic-${String(i).padStart(6, '0')}.md`);
const report = (what: string, p: Publish) => console.log(`  ${what}: ${p.seconds.toFixed(1)} s, ${p.files} files (${p.steps})`);

console.log('bench: first build (cold: empty caches)');
const cold = await build();
report('first build', cold);

const operations = {
  // A publish run again, or on a timer, with nothing to publish: it stops before Astro (decision 028).
  'nothing changed': () => undefined,
  'add one article': (run: number) =>
    writeFileSync(
      join(articles, `bench-new-${run}.md`),
      // Newer than every synthetic article (they end on 2024-12-28), in the same year (the first
      // article of a new year is measured on its own below).
      `---\nheadline: "A new article, run ${run}"\nbyline:\n  - name: Synthetic Reporter 1\ndate: 2024-12-31T${10 + run}:00:00-05:00\nsection: World\ntags:\n  - Trade\n---\n\nA new synthetic article, published by the benchmark.\n`,
    ),
  'correct an old headline': (run: number) => {
    const file = synthetic(run * 97);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^headline: "/m, `headline: "Corrected in run ${run}: `));
  },
  'delete the new article': (run: number) => rmSync(join(articles, `bench-new-${run}.md`)),
  'delete an old article': (run: number) => rmSync(synthetic(run * 97 + 1)),
  // The year's first article adds a year to the archive's listings; taken out again, so that
  // each run's is the first again.
  'first article of a new year': (run: number) =>
    writeFileSync(
      join(articles, 'bench-new-year.md'),
      `---\nheadline: "The first article of a new year, run ${run}"\nbyline:\n  - name: Synthetic Reporter 2\ndate: 2025-01-02T09:00:00-05:00\nsection: World\ntags:\n  - Trade\n---\n\nA new synthetic article, the first of its year.\n`,
    ),
  "delete the new year's only article": () => rmSync(join(articles, 'bench-new-year.md')),
} as const;
type Operation = keyof typeof operations;

const full: Publish[] = [];
const publishes = new Map<Operation, Publish[]>(Object.keys(operations).map((name) => [name as Operation, []]));
for (let run = 1; run <= RUNS; run++) {
  const rebuilt = await build(['--full']);
  full.push(rebuilt);
  report(`run ${run}: full build`, rebuilt);
  for (const [name, apply] of Object.entries(operations) as Array<[Operation, (run: number) => void]>) {
    apply(run);
    const published = await build();
    publishes.get(name)!.push(published);
    report(`run ${run}: ${name}`, published);
  }
}

const fullSeconds = median(full.map((b) => b.seconds));
console.log(`\nbench: publish in ${N} articles, median of ${RUNS} run(s); warm full build ${fullSeconds.toFixed(1)} s`);
const summary = Object.fromEntries(
  [...publishes].map(([name, runs]) => {
    const seconds = median(runs.map((p) => p.seconds));
    const files = median(runs.map((p) => p.files));
    console.log(`  ${name}: ${seconds.toFixed(1)} s (${(seconds / fullSeconds).toFixed(2)}× the full build), ${files} files`);
    return [name, { seconds, files, ofFullBuild: Number((seconds / fullSeconds).toFixed(3)) }];
  }),
);

const resultsFile = join(import.meta.dirname, 'results-publish.json');
let results: Record<string, { publishSeconds: number; fullBuildSeconds: number; [key: string]: unknown }> = {};
try {
  results = JSON.parse(readFileSync(resultsFile, 'utf8')) as typeof results;
} catch {
  // First run.
}
results[String(N)] = {
  runs: RUNS,
  measuredOn: new Date().toISOString().slice(0, 10),
  machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 20).toFixed(0)} MB`,
  node: process.version,
  firstBuildSeconds: cold.seconds,
  fullBuildSeconds: fullSeconds,
  publishSeconds: Math.max(...Object.values(summary).map((s) => s.seconds)),
  publishes: summary,
};
writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(join(import.meta.dirname, 'publish-at-scale.svg'), drawPublishChart(results));
rmSync(work, { recursive: true, force: true });
rmSync(out, { recursive: true, force: true });
rmSync(`${out}.changes.json`, { force: true });
console.log('bench: results in tests/bench/results-publish.json, chart in tests/bench/publish-at-scale.svg');

/**
 * `npm run bench -- search-at-scale N`: the search index of N synthetic articles, cut into parts
 * as the build cuts it (src/lib/metadata/search-index-parts.ts, the default part limit), each
 * part indexed as the build indexes it (src/publish/pagefind.ts) in a process of its own; then a
 * reader's first query in Chromium, on a fresh cache, through public/search-engine.js as the
 * search page runs it, showing the first ten results.
 *
 * The article pages are written directly, not built by Astro (a 100,000-article build would take
 * hours): the real article page's search markup (data-pagefind-body, -meta, -filter, -sort and
 * the ignored header) around about 900 words, spread over 2015–2024 like the other benchmarks'
 * articles, drawn from a vocabulary of 60,000 synthetic words by Zipf's law (so that the
 * index has the rare words real news has), each article also naming a person and a place.
 *
 * Prints, per part, its articles, indexing time and peak memory (the indexing process and
 * Pagefind's), and, per query, the requests and bytes it fetched from the index and the time
 * from the page's start to its first ten results shown.
 */
import { createServer } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { searchIndexParts } from '#lib/metadata/search-index-parts.ts';
import { SETTING_DEFINITIONS } from '#lib/settings.ts';
import config from '../../playwright.config.ts';
import { measure } from './process-tree.ts';
import { random } from './synthetic-articles.ts';

const N = Number(process.argv[3] ?? 10_000);
if (!Number.isInteger(N) || N < 1) throw new Error('usage: npm run bench -- search-at-scale N');
const ROOT = resolve(import.meta.dirname, '../..');
const PART_LIMIT = Number(SETTING_DEFINITIONS.searchPartLimit.fallback);
const SECTIONS = ['World', 'Politics', 'Business', 'Science', 'Sports', 'Local'];

const next = random(7);
const SYLLABLES = ['ka', 'lo', 'mi', 'ran', 'tes', 'vo', 'bel', 'dru', 'sa', 'gor', 'ni', 'pha', 'quin', 'zu', 'er', 'ost'];
const vocabulary = Array.from({ length: 60_000 }, (_, i) => {
  let word = '';
  for (let n = i + 1; n > 0; n = Math.floor(n / SYLLABLES.length)) word += SYLLABLES[n % SYLLABLES.length];
  return word;
});
const COMMON = 'the council said on monday that a new plan would change how the city pays for roads schools and parks'.split(' ');
/** A word: common ones most often, else one of the vocabulary, the nth about 1/n as often as the first (Zipf's law). */
const word = () => (next() < 0.6 ? COMMON[Math.floor(next() * COMMON.length)]! : vocabulary[Math.floor(vocabulary.length ** next()) - 1]!);
const sentence = () => `${Array.from({ length: 14 + Math.floor(next() * 10) }, word).join(' ')}.`;
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function articlePage(i: number, day: string, section: string): { path: string; html: string } {
  const slug = `synthetic-${i}`;
  const path = `/${section.toLowerCase()}/${day.replaceAll('-', '/')}/${slug}/`;
  const person = `${capital(vocabulary[Math.floor(next() * vocabulary.length)]!)} ${capital(vocabulary[Math.floor(next() * vocabulary.length)]!)}`;
  const place = capital(vocabulary[Math.floor(next() * vocabulary.length)]!);
  const headline = `${capital(sentence().slice(0, 60))} in ${place}`;
  const byline = `Synthetic Reporter ${1 + (i % 40)}`;
  const paragraphs = Array.from(
    { length: 9 },
    (_, p) => `<p>${p === 2 ? `${person} said in ${place}: ` : ''}${capital(sentence())} ${sentence()} ${sentence()} ${sentence()}</p>`,
  );
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${headline}</title></head><body>
<header><nav><a href="/">Newsroom</a> <a href="/world/">World</a> <a href="/search/">Search</a></nav></header>
<main><article class="article" data-pagefind-body data-pagefind-filter="section:${section}">
<header class="article-header" data-pagefind-ignore><h1 data-pagefind-meta="title">${headline}</h1>
<p>By <a href="/by/synthetic-reporter-${1 + (i % 40)}/" data-pagefind-filter="author">${byline}</a> <time datetime="${day}">${day}</time></p></header>
<div hidden data-pagefind-ignore><span data-pagefind-meta="byline">${byline}</span><span data-pagefind-meta="section">${section}</span><span data-pagefind-meta="date">${day}</span><span data-pagefind-filter="year">${day.slice(0, 4)}</span><span data-pagefind-sort="date">${day}</span></div>
<div class="article-body">${paragraphs.join('\n')}</div>
<section class="share-links" data-pagefind-ignore="all"><h2>Share this article</h2></section>
</article></main><footer>Every article is synthetic.</footer></body></html>`;
  return { path, html };
}

const work = mkdtempSync(join(tmpdir(), `bench-search-${N}-`));
const site = join(work, 'site');
try {
  console.log(`bench: writing ${N} synthetic article pages in ${site}`);
  const paths: string[] = [];
  const rareWords: string[] = [];
  for (let i = 0; i < N; i++) {
    const day = new Date(Date.UTC(2015, 0, 1) + Math.floor(next() * 3650) * 86_400_000).toISOString().slice(0, 10);
    const { path, html } = articlePage(i, day, SECTIONS[i % SECTIONS.length]!);
    mkdirSync(join(site, path), { recursive: true });
    writeFileSync(join(site, path, 'index.html'), html);
    paths.push(path);
    if (i === Math.floor(N / 3)) rareWords.push(/ in (\w+)<\/h1>/.exec(html)![1]!);
  }

  const parts = searchIndexParts(paths, PART_LIMIT);
  console.log(`bench: ${parts.length} parts (part limit ${PART_LIMIT}), indexed one after another, each in a process of its own`);
  const perPart: Array<{ bundle: string; articles: number; seconds: number; peakMb: number }> = [];
  for (const part of parts) {
    const partFile = join(work, 'part.json');
    writeFileSync(partFile, JSON.stringify(part));
    const run = await measure(
      'node',
      [
        '--experimental-strip-types',
        '--disable-warning=ExperimentalWarning',
        join(import.meta.dirname, 'search-part-worker.ts'),
        site,
        partFile,
      ],
      { cwd: ROOT },
    );
    if (run.exitCode !== 0) throw new Error(`indexing ${part.bundlePath} failed:\n${run.output}`);
    perPart.push({ bundle: part.bundlePath, articles: part.articlePaths.length, seconds: run.seconds, peakMb: run.peakRssBytes / 2 ** 20 });
  }
  const total = perPart.reduce((sum, part) => sum + part.seconds, 0);
  const largest = perPart.reduce((a, b) => (b.articles > a.articles ? b : a));
  const peak = perPart.reduce((a, b) => (b.peakMb > a.peakMb ? b : a));
  console.log(`  indexing: ${total.toFixed(1)} s in all`);
  console.log(
    `  largest part: ${largest.bundle}, ${largest.articles} articles, ${largest.seconds.toFixed(1)} s, ${largest.peakMb.toFixed(0)} MB`,
  );
  console.log(`  highest peak: ${peak.bundle}, ${peak.articles} articles, ${peak.seconds.toFixed(1)} s, ${peak.peakMb.toFixed(0)} MB`);
  const newest = perPart.at(-1)!;
  console.log(
    `  newest part: ${newest.bundle}, ${newest.articles} articles, ${newest.seconds.toFixed(1)} s, ${newest.peakMb.toFixed(0)} MB`,
  );

  // The search page, reduced to what a first query does: open every part, search, show ten results.
  copyPublic('search-engine.js');
  const bundles = parts.map((part) => part.bundlePath);
  writeFileSync(
    join(site, 'bench-search.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>search</title></head><body><script type="module">
import { openParts, searchArticles } from '/search-engine.js';
const query = new URLSearchParams(location.search).get('q');
const bundles = ${JSON.stringify(bundles)};
const { createInstance } = await import(bundles[0] + 'pagefind.js');
const pagefind = await openParts(createInstance, bundles);
const found = await searchArticles(pagefind, query);
await Promise.all(found.results.slice(0, 10).map((result) => result.data()));
window.benchDone = { count: found.results.length, ms: performance.now() };
</script></body></html>`,
  );
  const server = createServer((request, response) => {
    const file = join(site, decodeURIComponent(new URL(request.url ?? '/', 'http://bench.test').pathname));
    try {
      const body = readFileSync(statSync(file).isDirectory() ? join(file, 'index.html') : file);
      const type =
        { '.js': 'text/javascript', '.html': 'text/html', '.json': 'application/json' }[extname(file)] ?? 'application/octet-stream';
      response.writeHead(200, { 'content-type': type }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as { port: number }).port;
  const browser = await chromium.launch({
    executablePath: config.use!.launchOptions!.executablePath!,
    args: config.use?.launchOptions?.args ?? [],
  });
  for (const query of ['council', rareWords[0]!, `council ${rareWords[0]!}`]) {
    const runs: Array<{ requests: number; bytes: number; kinds: string; ms: number; count: number }> = [];
    for (let run = 0; run < 3; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const bodies: Array<Promise<{ kind: string; length: number }>> = [];
      page.on('response', (response) => {
        const path = new URL(response.url()).pathname;
        if (!path.startsWith('/pagefind/')) return;
        const kind =
          /\.pf_(\w+)$/.exec(path)?.[1] ??
          path
            .split('/')
            .at(-1)!
            .replace(/^wasm\..*/, 'wasm');
        bodies.push(response.body().then((body) => ({ kind, length: body.length })));
      });
      await page.goto(`http://127.0.0.1:${port}/bench-search.html?q=${encodeURIComponent(query)}`);
      const done = (await page
        .waitForFunction(() => (window as unknown as { benchDone?: unknown }).benchDone, undefined, { timeout: 120_000 })
        .then((handle) => handle.jsonValue())) as { count: number; ms: number };
      const fetched = await Promise.all(bodies);
      const byKind = new Map<string, { requests: number; bytes: number }>();
      for (const { kind, length } of fetched) {
        const sum = byKind.get(kind) ?? { requests: 0, bytes: 0 };
        byKind.set(kind, { requests: sum.requests + 1, bytes: sum.bytes + length });
      }
      const kinds = [...byKind].map(([kind, sum]) => `${kind} ${sum.requests} × ${(sum.bytes / 1024).toFixed(0)} KB`).join(', ');
      runs.push({ requests: fetched.length, bytes: fetched.reduce((sum, body) => sum + body.length, 0), kinds, ...done });
      await context.close();
    }
    const middle = [...runs].sort((a, b) => a.ms - b.ms)[1]!;
    console.log(
      `  first query "${query}": ${middle.count} results; ${middle.requests} requests, ${(middle.bytes / 1024).toFixed(0)} KB from /pagefind/ (${middle.kinds}); first ten results shown ${middle.ms.toFixed(0)} ms after the page started (median of 3)`,
    );
  }
  await browser.close();
  server.close();
  console.log('\n| part | articles | seconds | peak MB |\n| --- | --: | --: | --: |');
  for (const part of perPart) console.log(`| ${part.bundle} | ${part.articles} | ${part.seconds.toFixed(1)} | ${part.peakMb.toFixed(0)} |`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

function copyPublic(name: string): void {
  writeFileSync(join(site, name), readFileSync(join(ROOT, 'public', name)));
}

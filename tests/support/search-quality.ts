/**
 * The search-quality check (issue #24): a small site whose rare names and places sit in a few
 * articles among many that hold look-alikes ("Petrov" beside "Petrovsky", "water" beside
 * "Waterford"), one article a day so that any part size spreads them over several parts; the
 * queries, each with the articles that truly hold every one of its words, read from the text;
 * and the searches themselves, run in Node on the built site's own Pagefind bundles.
 *
 * Node, not a browser: the search page runs the same pagefind.js and WebAssembly, and the same
 * public/search-engine.js, as this does; what the browser adds (the worker, the page) is
 * covered by tests/browser/site.spec.ts. Node runs a query in milliseconds and needs no server.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SearchIndexPart } from '#lib/metadata/search-index-parts.ts';
import { openParts, searchArticles } from '../../public/search-engine.js';

export const ARTICLE_COUNT = 40;

const AUTHORS = ['Tomasz Wielgosz', 'Ruth Adeyemi', 'Carlos Mendes'];

/** Sentences every article draws on: the look-alikes of the rare words below. */
const FILLER = [
  'Officials said the water supply would hold through the summer.',
  'Minister Ivan Petrov said a decision would come within weeks.',
  'The drought has cut harvests across the region for a second year.',
  'Prosecutors opened a corruption inquiry into the contracts last spring.',
  'Residents queued for water at a temporary station near the market.',
  'Engineers tested the anti-flood barriers along the river in March.',
  'Farmers say the drought is the worst they remember.',
  'A spokesman for Petrov declined to comment on the water board.',
];

/** The rare words, by the article (0 = oldest) whose text holds them. */
const RARE: Record<number, string> = {
  3: 'Petrovsky, a former judge, was named to lead the inquiry.',
  8: 'An anti-corruption court will hear the case.',
  12: 'In Qaanaaq the sea ice formed late this winter.',
  17: 'The ferry from Waterford was cancelled because of the storm.',
  22: 'In Tlaxcala the drought emptied two reservoirs.',
  29: 'Petrovsky flew to Waterford to meet the harbour master.',
  35: 'The anti-corruption office published its yearly report.',
};

interface QualityArticle {
  slug: string;
  headline: string;
  author: string;
  day: string;
  text: string;
}

function qualityArticles(): QualityArticle[] {
  return Array.from({ length: ARTICLE_COUNT }, (_, i) => {
    const day = new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10);
    const sentences = [0, 3, 5].map((step) => FILLER[(i + step) % FILLER.length]!);
    if (RARE[i]) sentences.splice(1, 0, RARE[i]);
    return {
      slug: `${day}-report-${String(i).padStart(2, '0')}`,
      headline: `Regional report number ${i + 1}`,
      author: AUTHORS[i % AUTHORS.length]!,
      day,
      text: sentences.join(' '),
    };
  });
}

/** The articles' permalinks, oldest first. */
export function qualityArticlePaths(): string[] {
  return qualityArticles().map((article) => `/world/${article.day.replaceAll('-', '/')}/${article.slug}/`);
}

/**
 * The articles in `count` parts of consecutive days, equal in size, written under
 * `/quality-<count>/`: the build cuts its parts by the calendar (here, with a part limit of 1,
 * one a day), which gives no way to ask it for four.
 */
export function qualityParts(count: number): SearchIndexPart[] {
  const paths = qualityArticlePaths();
  const size = Math.ceil(paths.length / count);
  return Array.from({ length: count }, (_, i) => ({
    bundlePath: `/quality-${count}/${String(i).padStart(2, '0')}/`,
    articlePaths: paths.slice(i * size, (i + 1) * size),
  }));
}

/** Writes the site's content (articles, authors, sections; the standing pages are the site's own) under `dir`. */
export function writeQualityContent(dir: string): void {
  cpSync('content/pages', join(dir, 'pages'), { recursive: true });
  mkdirSync(join(dir, 'articles'), { recursive: true });
  mkdirSync(join(dir, 'authors'), { recursive: true });
  writeFileSync(join(dir, 'sections.yaml'), '- name: World\n  description: News from around the world.\n');
  for (const author of AUTHORS) {
    const slug = author.toLowerCase().replaceAll(' ', '-');
    writeFileSync(join(dir, 'authors', `${slug}.md`), `---\nname: ${author}\nkind: person\n---\n\nA reporter.\n`);
  }
  for (const article of qualityArticles())
    writeFileSync(
      join(dir, 'articles', `${article.slug}.md`),
      `---\nheadline: "${article.headline}"\nbyline:\n  - name: ${article.author}\ndate: ${article.day}\nsection: World\n---\n\n${article.text}\n`,
    );
}

const wordPattern = (word: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}-])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}-])`, 'iu');

/**
 * The queries, each with the slugs of the articles that hold every word of it as a word (in
 * the text, or the byline), found by reading the text, not by any search.
 */
export function qualityQueries(): Array<{ query: string; relevant: string[]; missing: string[]; held: (word: string) => boolean }> {
  const articles = qualityArticles();
  const holders = (query: string) =>
    articles
      .filter((article) => query.split(' ').every((word) => wordPattern(word).test(`${article.text} ${article.author}`)))
      .map((article) => article.slug);
  return [
    'Petrovsky',
    'Waterford',
    'Tlaxcala drought',
    'anti-corruption',
    'Qaanaaq',
    'Petrovsky Waterford',
    'Wielgosz',
    'Watergate',
    'Tlaxcala drougth',
  ].map((query) => ({
    query,
    relevant: holders(query),
    missing: query.split(' ').filter((word) => holders(word).length === 0),
    held: (word: string) => holders(word).length > 0,
  }));
}

/**
 * Answers a fetch of `/<path>` from `siteDir`, as the site's server would: Pagefind fetches
 * its files by address.
 */
export function serveFromFolder(siteDir: string): void {
  globalThis.fetch = (input: string | URL | Request) => {
    const path = decodeURIComponent(new URL(input instanceof Request ? input.url : String(input), 'http://site.test').pathname);
    try {
      return Promise.resolve(new Response(readFileSync(join(siteDir, path))));
    } catch {
      return Promise.resolve(new Response('', { status: 404 }));
    }
  };
}

interface PagefindResult {
  id: string;
  data: () => Promise<{ url: string }>;
}
interface PagefindModule {
  createInstance: (options: { basePath: string }) => {
    mergeIndex: (path: string) => Promise<void>;
    search: (query: string) => Promise<{ results: PagefindResult[] }>;
  };
}

const loadPagefind = async (siteDir: string, firstBundle: string) =>
  (await import(pathToFileURL(join(siteDir, firstBundle, 'pagefind.js')).href)) as PagefindModule;

const slugOf = async (result: PagefindResult) => (await result.data()).url.split('/').filter(Boolean).at(-1)!;

/** A search as the page did before: Pagefind's parts merged, its results taken as they come. */
export async function mergedPagefindSearch(siteDir: string, bundles: string[]) {
  const { createInstance } = await loadPagefind(siteDir, bundles[0]!);
  const pagefind = createInstance({ basePath: bundles[0]! });
  for (const bundle of bundles.slice(1)) await pagefind.mergeIndex(bundle);
  return async (query: string) => {
    const { results } = await pagefind.search(query);
    return { count: results.length, top: await Promise.all(results.slice(0, 10).map(slugOf)), unmatched: [] as string[] };
  };
}

/** A search as the page does now (public/search-engine.js). */
export async function exactWordSearch(siteDir: string, bundles: string[]) {
  const { createInstance } = await loadPagefind(siteDir, bundles[0]!);
  const pagefind: unknown = await openParts(createInstance, bundles);
  return async (query: string) => {
    const { results, unmatched, suggestions } = (await searchArticles(pagefind, query)) as {
      results: PagefindResult[];
      unmatched: string[];
      suggestions: Map<string, string>;
    };
    return {
      count: results.length,
      top: await Promise.all(results.slice(0, 10).map(slugOf)),
      unmatched,
      suggestions: Object.fromEntries(suggestions),
    };
  };
}

/** Of the first k results shown, the share that hold every word; 1 when none is shown (nothing wrong was shown). */
export function precisionAt(k: number, top: string[], relevant: string[]): number {
  const shown = top.slice(0, k);
  return shown.length === 0 ? 1 : shown.filter((slug) => relevant.includes(slug)).length / shown.length;
}

/**
 * `npm run bench -- listing-pages N`: how many listing pages (front page, sections, subsections,
 * bylines, tags) each of the publish benchmark's steps changes in an archive of N synthetic
 * articles, with the archive pages cut by content (listings.ts paginate) and, for comparison,
 * numbered from the oldest end as before decision 022. Counts, not times: it runs the listing
 * code on the articles' frontmatter, no build, so it answers in seconds where the publish
 * benchmark takes an hour at 100,000. A page counts as changed when its articles, their
 * headlines or its links differ.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toSlug } from '#lib/addresses/slug.ts';
import { parseArticleSource } from '#lib/content/frontmatter.ts';
import { parsePublicationDate, type PublicationDate } from '#lib/dates/publication-date.ts';
import {
  bylineListings,
  newestFirst,
  paginate,
  sectionListings,
  subsectionListings,
  tagListings,
  type FiledArticle,
} from '#lib/listings/listings.ts';
import { writeSyntheticArticles } from './synthetic-articles.ts';

const N = Number(process.argv[3] ?? 10_000);
const PAGE_SIZE = 20;
const TIME_ZONE = 'America/New_York';

interface Article extends FiledArticle {
  data: FiledArticle['data'] & { date: PublicationDate };
}

function read(file: string): Article {
  const frontmatter = parseArticleSource(readFileSync(file, 'utf8')).frontmatter as {
    headline: string;
    section: string;
    subsection?: string;
    date: string;
    tags?: string[];
    byline: Array<{ name: string }>;
  };
  const date = parsePublicationDate(frontmatter.date);
  if (typeof date === 'string') throw new Error(`${file}: ${date}`);
  return {
    id: file.split('/').at(-1)!.replace(/\.md$/, ''),
    // The seed's sections and authors have no slugs of their own: each is the slug of the name, as the loader would store it.
    data: {
      ...frontmatter,
      sectionSlug: toSlug(frontmatter.section),
      ...(frontmatter.subsection ? { subsectionSlug: toSlug(frontmatter.subsection) } : {}),
      date,
      tags: frontmatter.tags ?? [],
      byline: frontmatter.byline.map(({ name }) => ({ name, slug: toSlug(name) })),
    },
  };
}

/** Archive pages numbered from the oldest end, as paginate made them before decision 022. */
function counted<T>(listing: { path: string; articles: T[] }) {
  const archivePages = Math.max(0, Math.floor(listing.articles.length / PAGE_SIZE) - 1);
  const oldestFirst = [...listing.articles].reverse();
  const path = (n: number | undefined) => (n === undefined ? listing.path : `${listing.path}page/${n}/`);
  const archive = Array.from({ length: archivePages }, (_, i) => ({
    path: path(i + 1),
    articles: oldestFirst.slice(i * PAGE_SIZE, (i + 1) * PAGE_SIZE).reverse(),
    newer: path(i + 1 < archivePages ? i + 2 : undefined),
    older: i > 0 ? path(i) : undefined,
  }));
  const first = {
    path: listing.path,
    articles: oldestFirst.slice(archivePages * PAGE_SIZE).reverse(),
    newer: undefined,
    older: archivePages > 0 ? path(archivePages) : undefined,
  };
  return [first, ...archive];
}

/** Every listing page, by address, as what it shows. */
function listingPages(articles: Article[], pagination: 'cut by content' | 'counted'): Map<string, string> {
  const listings = [
    { path: '/', articles: newestFirst(articles, TIME_ZONE) },
    ...[sectionListings, subsectionListings, bylineListings, tagListings].flatMap((listingsOf) => listingsOf(articles, TIME_ZONE)),
  ];
  const pages = new Map<string, string>();
  for (const listing of listings)
    for (const page of pagination === 'counted' ? counted(listing) : paginate(listing, PAGE_SIZE, TIME_ZONE))
      pages.set(
        page.path,
        JSON.stringify([
          page.articles.map((a) => [a.id, a.data.headline]),
          page.newer,
          page.older,
          'archive' in page ? page.archive : undefined,
        ]),
      );
  return pages;
}

const changedPages = (before: Map<string, string>, after: Map<string, string>) =>
  [...new Set([...before.keys(), ...after.keys()])].filter((path) => before.get(path) !== after.get(path)).length;

const work = mkdtempSync(join(tmpdir(), `bench-listing-pages-${N}-`));
console.log(`bench: generating ${N} synthetic articles`);
await writeSyntheticArticles(work, N);
const articlesDir = join(work, 'articles');
const archive = readdirSync(articlesDir).map((name) => read(join(articlesDir, name)));
rmSync(work, { recursive: true, force: true });

const synthetic = (i: number) => `synthetic-${String(i).padStart(6, '0')}`;
/** The publish benchmark's steps (publish-at-scale.ts), on the articles' data. */
const steps = (run: number): Array<[string, (articles: Article[]) => Article[]]> => [
  [
    'add one article',
    (articles) => [
      ...articles,
      {
        id: `bench-new-${run}`,
        data: {
          headline: `A new article, run ${run}`,
          section: 'World',
          sectionSlug: 'world',
          date: { kind: 'instant', iso: new Date(`2024-12-31T${10 + run}:00:00-05:00`).toISOString() },
          tags: ['Trade'],
          byline: [{ name: 'Synthetic Reporter 1', slug: 'synthetic-reporter-1' }],
        },
      },
    ],
  ],
  [
    'correct an old headline',
    (articles) =>
      articles.map((a) =>
        a.id === synthetic(run * 97) ? { ...a, data: { ...a.data, headline: `Corrected in run ${run}: ${a.data.headline}` } } : a,
      ),
  ],
  ['delete the new article', (articles) => articles.filter((a) => a.id !== `bench-new-${run}`)],
  ['delete an old article', (articles) => articles.filter((a) => a.id !== synthetic(run * 97 + 1))],
];

for (const pagination of ['cut by content', 'counted'] as const) {
  let state = archive;
  const counts: string[] = [];
  for (const run of [1, 2, 3])
    for (const [name, apply] of steps(run)) {
      const next = apply(state);
      counts.push(`run ${run}, ${name}: ${changedPages(listingPages(state, pagination), listingPages(next, pagination))}`);
      state = next;
    }
  console.log(`\n${N} articles, archive pages ${pagination}: ${listingPages(archive, pagination).size} listing pages`);
  for (const line of counts) console.log(`  ${line}`);
}

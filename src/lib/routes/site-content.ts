/**
 * What every page queries: the published articles and the two registries
 * (sections in navigation order, authors). The only module pages ask for
 * collections through, so each page states what it needs in one line.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { RegisteredAuthor } from '#lib/content/authors.ts';
import type { PublishedInfoPage } from '#lib/content/info-pages.ts';
import type { RegisteredSection } from '#lib/content/sections.ts';
import type { ListedContent, ListingKind } from '#lib/routes/listing-routes.ts';
import { renderArticleBody } from '#lib/cache/article-body.ts';

export async function siteContent() {
  const [articles, sections, authors, infoPages] = await Promise.all([
    getCollection('articles'),
    getCollection('sections'),
    getCollection('authors'),
    getCollection('infoPages'),
  ]);
  return {
    infoPages: infoPages.map((entry) => entry.data as PublishedInfoPage),
    articles,
    sections: sections.map((entry) => entry.data as RegisteredSection & { order: number }).sort((a, b) => a.order - b.order),
    authors: authors.map((entry) => ({ ...(entry.data as RegisteredAuthor), bio: entry.body ?? '' })),
  };
}

/**
 * What a listing route is made from (see listingRoutes): the content, with the
 * authors' bios rendered (through the article pipeline, cached) for author pages.
 */
export async function listingContent(kind: ListingKind): Promise<ListedContent<CollectionEntry<'articles'>>> {
  const { articles, sections, authors, infoPages } = await siteContent();
  if (kind !== 'byline') return { articles, sections, infoPages, authors: [] };
  const pages = await Promise.all(
    authors.map(async ({ bio, ...author }) => ({ ...author, bioHtml: (await renderArticleBody(bio, { typography: 'typographic' })).html })),
  );
  return { articles, sections, infoPages, authors: pages };
}

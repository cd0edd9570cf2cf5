/**
 * What every page queries: the published articles and the two registries
 * (sections in navigation order, authors), and an article's body as HTML. The only module pages
 * ask for collections and files through (a lint rule keeps `astro:content` here), so each page
 * states what it needs in one line.
 */
import { join } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { noticeOncePerChange } from '#lib/cache/notices.ts';
import { renderArticleBody } from '#lib/cache/article-body.ts';
import type { RegisteredAuthor } from '#lib/content/authors.ts';
import type { PublishedInfoPage } from '#lib/content/info-pages.ts';
import { reportUnlinkedRelatedItems, summariseUnlinkedRelatedItems } from '#lib/content/related-links-report.ts';
import type { RegisteredSection } from '#lib/content/sections.ts';
import { readArticleBody } from '#lib/loading/article-source.ts';
import { articleDescription } from '#lib/metadata/article-description.ts';
import { articleRoutes } from '#lib/routes/article-routes.ts';
import { listingRoutes, type ListedContent, type ListingKind } from '#lib/routes/listing-routes.ts';
import { withCacheKeys } from '#lib/routes/page-cache-keys.ts';
import { settings } from '#lib/settings.ts';

/** Every published article (drafts and scheduled articles never reach the collection). */
export function publishedArticles(): Promise<CollectionEntry<'articles'>[]> {
  return getCollection('articles');
}

export async function siteContent() {
  const [articles, sections, authors, infoPages] = await Promise.all([
    publishedArticles(),
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
async function listingContent(kind: ListingKind): Promise<ListedContent<CollectionEntry<'articles'>>> {
  const { articles, sections, authors, infoPages } = await siteContent();
  if (kind !== 'byline') return { articles, sections, infoPages, authors: [] };
  const pages = await Promise.all(
    authors.map(async ({ bio, ...author }) => ({ ...author, bioHtml: (await renderArticleBody(bio, { typography: 'typographic' })).html })),
  );
  return { articles, sections, infoPages, authors: pages };
}

/** What a listing route's `getStaticPaths()` returns: its pages, each with its cache key. */
export async function listingPaths(kind: ListingKind) {
  return withCacheKeys(
    listingRoutes(kind, await listingContent(kind), settings, (article) => articleDescription(article)),
    settings,
  );
}

/**
 * What the article route's `getStaticPaths()` returns: every article page, each with its cache key.
 * Related items without an address are named once per change (see noticeOncePerChange).
 */
export async function articlePaths() {
  const content = await siteContent();
  const related = content.articles.map((a) => ({ file: a.filePath!, links: a.data.relatedLinks }));
  const report = reportUnlinkedRelatedItems(related);
  if (report)
    console.warn(
      noticeOncePerChange(join(settings.buildCacheDir, 'notices'), 'related-links', report, summariseUnlinkedRelatedItems(related)),
    );
  return withCacheKeys(articleRoutes(content, settings), settings);
}

/**
 * An article's body, read from its file (the content store keeps only frontmatter): its Markdown,
 * and its HTML rendered through the article pipeline (cached). Undefined when the file is gone
 * (see readArticleBody).
 */
export async function renderedArticleBody(article: CollectionEntry<'articles'>): Promise<{ markdown: string; html: string } | undefined> {
  const markdown = readArticleBody(article.filePath!);
  if (markdown === undefined) return undefined;
  const { html } = await renderArticleBody(markdown, { dateline: article.data.dateline, typography: article.data.typography });
  return { markdown, html };
}

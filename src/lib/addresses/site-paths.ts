/**
 * The site's addresses other than article permalinks (see permalink.ts):
 * listings and their pages, feeds, share images and the fixed pages. Every
 * page and check asks here, so an address is spelt in one place.
 */
import { toSlug } from './slug.ts';

export const FRONT_PAGE_PATH = '/';
export const SEARCH_PATH = '/search/';
export const SITE_FEED_PATH = '/rss.xml';
export const NEWS_SITEMAP_PATH = '/news-sitemap.xml';
export const SITEMAP_INDEX_PATH = '/sitemap-index.xml';
/** The card shared for pages other than articles, and the logo structured data names. */
export const SITE_CARD_PATH = '/social-card.png';
export const PUBLISHER_LOGO_PATH = '/publisher-logo.png';

/**
 * A section's or subsection's listing, from their registered slugs (content/sections.yaml), never
 * from their names: a section named "Search" with the slug "search-desk" is at /search-desk/.
 */
export function sectionPath(sectionSlug: string, subsectionSlug?: string): string {
  return subsectionSlug ? `/${sectionSlug}/${subsectionSlug}/` : `/${sectionSlug}/`;
}

export function sectionFeedPath(sectionSlug: string): string {
  return `${sectionPath(sectionSlug)}rss.xml`;
}

/** A registered author's page, from their file's name (content/authors/<slug>.md), never from their name. */
export function bylinePath(authorSlug: string): string {
  return `/by/${authorSlug}/`;
}

export function tagPath(tag: string): string {
  return `/tags/${toSlug(tag)}/`;
}

/**
 * The address of a listing's page: the listing itself for its newest articles, else
 * "<path>page/<name>/" for the archive page of that name, e.g. "/world/page/2024-03-04-council-vote/"
 * (see listings.ts paginate).
 */
export function pagePath(listingPath: string, archiveName: string | undefined): string {
  return archiveName === undefined ? listingPath : `${listingPath}page/${archiveName}/`;
}

/** The rest parameter a `[...page]` route takes for a page (see pagePath): undefined for the newest. */
export function pageParam(archiveName: string | undefined): string | undefined {
  return archiveName === undefined ? undefined : `page/${archiveName}`;
}

/** An article's share image sits beside its page: /<permalink>/social-card.png. */
export function articleCardPath(articlePath: string): string {
  return `${articlePath}social-card.png`;
}

/**
 * The site's RSS feeds (the site-wide one and one per section), built by one
 * function. RSS dates need a time of day; a date-only article is given the
 * instant every machine-readable date gives it (publicationInstant).
 */
import { absoluteUrl, articlePath } from '#lib/addresses/permalink.ts';
import type { Article } from '#lib/content/schema.ts';
import { feedTimestamp } from '#lib/dates/publication-date.ts';
import type { Settings } from '#lib/settings.ts';
import { escapeXml } from './xml.ts';

/** Articles in a feed: the newest ones. */
const FEED_LENGTH = 50;

export interface FeedArticle {
  id: string;
  data: Article;
  /** The dek, or the trimmed first paragraph. */
  description: string;
}

/**
 * An item's <description> is HTML (RSS 2.0; readers render it), and a dek or summary is text:
 * escaped for HTML first, then for XML, "<b>" reaches the reader as those three characters.
 */
function textAsHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** One <item>. RSS's own <author> must be an email address, which bylines do not carry: credits go in <dc:creator>. */
function feedItem(article: FeedArticle, site: URL | string, timeZone: string): string {
  const link = escapeXml(absoluteUrl(articlePath(article, timeZone), site));
  const { data } = article;
  const categories = [data.section, ...(data.subsection ? [data.subsection] : []), ...data.tags];
  return (
    `<item><title>${escapeXml(data.headline)}</title><link>${link}</link><guid isPermaLink="true">${link}</guid>` +
    `<description>${escapeXml(textAsHtml(article.description))}</description><pubDate>${feedTimestamp(data.date, timeZone)}</pubDate>` +
    data.byline.map((credit) => `<dc:creator>${escapeXml(credit.name)}</dc:creator>`).join('') +
    categories.map((category) => `<category>${escapeXml(category)}</category>`).join('') +
    '</item>'
  );
}

/**
 * A feed's response: `articles` newest first, of which the first FEED_LENGTH
 * are listed, each with its `describe` text. The channel links to the page the
 * feed follows (`pagePath`) and names its own address (`feedPath`) with
 * atom:link rel="self", as feed validators ask.
 *
 * Written here rather than with @astrojs/rss, which parses and re-serialises
 * custom elements and so turns a byline "007" into 7 and "1e3" into 1000.
 */
export function feedResponse<T extends Omit<FeedArticle, 'description'>>(feed: {
  title: string;
  description: string;
  pagePath: string;
  feedPath: string;
  articles: ReadonlyArray<T>;
  describe: (article: T) => string;
  site: URL;
  settings: Pick<Settings, 'locale' | 'timeZone'>;
}): Response {
  const items = feed.articles
    .slice(0, FEED_LENGTH)
    .map((article) => feedItem({ ...article, description: feed.describe(article) }, feed.site, feed.settings.timeZone));
  const xml =
    '<?xml version="1.0" encoding="UTF-8"?>' +
    '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom"><channel>' +
    `<title>${escapeXml(feed.title)}</title><description>${escapeXml(feed.description)}</description>` +
    `<link>${escapeXml(absoluteUrl(feed.pagePath, feed.site))}</link><language>${escapeXml(feed.settings.locale.toLowerCase())}</language>` +
    `<atom:link href="${escapeXml(absoluteUrl(feed.feedPath, feed.site))}" rel="self" type="application/rss+xml"/>` +
    `${items.join('')}</channel></rss>`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml' } });
}

/**
 * The site's RSS feeds (the site-wide one and one per section), built by one
 * function. RSS dates need a time of day; a date-only article is given noon
 * UTC, the one instant that is the same calendar day from UTC−11 to UTC+11,
 * so feed readers show the day the article carries.
 */
import rss, { type RSSFeedItem } from '@astrojs/rss';
import { absoluteUrl, articlePath } from '#lib/addresses/permalink.ts';
import type { Article } from '#lib/content/schema.ts';
import { publicationInstant } from '#lib/content/publication-date.ts';
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

function feedItem(article: FeedArticle, site: URL | string, timeZone: string): RSSFeedItem {
  const link = absoluteUrl(articlePath(article, timeZone), site);
  return {
    title: article.data.headline,
    link,
    pubDate: publicationInstant(article.data.date),
    description: article.description,
    categories: [article.data.section, ...(article.data.subsection ? [article.data.subsection] : []), ...article.data.tags],
    // RSS's own <author> must be an email address, which bylines do not carry.
    // (@astrojs/rss adds the permalink as the item's guid.)
    customData: article.data.byline.map((credit) => `<dc:creator>${escapeXml(credit.name)}</dc:creator>`).join(''),
  };
}

/**
 * A feed's response: `articles` newest first, of which the first FEED_LENGTH
 * are listed, each with its `describe` text. The channel links to the page the
 * feed follows (`pagePath`) and names its own address (`feedPath`) with
 * atom:link rel="self", as feed validators ask.
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
}): Promise<Response> {
  return rss({
    title: feed.title,
    description: feed.description,
    site: absoluteUrl(feed.pagePath, feed.site),
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/', atom: 'http://www.w3.org/2005/Atom' },
    customData:
      `<language>${feed.settings.locale.toLowerCase()}</language>` +
      `<atom:link href="${escapeXml(absoluteUrl(feed.feedPath, feed.site))}" rel="self" type="application/rss+xml"/>`,
    items: feed.articles
      .slice(0, FEED_LENGTH)
      .map((article) => feedItem({ ...article, description: feed.describe(article) }, feed.site, feed.settings.timeZone)),
  });
}

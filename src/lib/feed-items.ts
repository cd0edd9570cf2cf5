/**
 * RSS items for articles. RSS dates need a time of day; a date-only article is
 * given noon UTC, the one instant that is the same calendar day from UTC−11 to
 * UTC+11, so feed readers show the day the article carries.
 */
import type { RSSFeedItem } from '@astrojs/rss';
import type { Article } from './article-schema.ts';
import type { PublicationDate } from './publication-date.ts';
import { articlePath } from './articles.ts';
import { absoluteUrl } from './permalink.ts';
import { escapeXml } from './xml.ts';

export function feedDate(date: PublicationDate): Date {
  if (date.kind === 'instant') return new Date(date.iso);
  const [y, m, d] = date.iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d, 12));
}


export interface FeedArticle {
  id: string;
  data: Article;
  /** The dek, or the trimmed first paragraph. */
  description: string;
}

export function feedItem(article: FeedArticle, site: URL | string, timeZone: string): RSSFeedItem {
  const link = absoluteUrl(articlePath(article, timeZone), site);
  return {
    title: article.data.headline,
    link,
    pubDate: feedDate(article.data.date),
    description: article.description,
    categories: [article.data.section, ...(article.data.subsection ? [article.data.subsection] : []), ...article.data.tags],
    // RSS's own <author> must be an email address, which bylines do not carry.
    // (@astrojs/rss adds the permalink as the item's guid.)
    customData: article.data.byline.map((credit) => `<dc:creator>${escapeXml(credit.name)}</dc:creator>`).join(''),
  };
}

export const FEED_NAMESPACES = { dc: 'http://purl.org/dc/elements/1.1/' };

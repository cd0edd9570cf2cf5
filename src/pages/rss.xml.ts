/** The site-wide RSS feed: the newest articles. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { articleDescription } from '../lib/article-description.ts';
import { newestFirst } from '../lib/articles.ts';
import { FEED_NAMESPACES, feedItem } from '../lib/feed-items.ts';
import { SITE } from '../lib/site.ts';

export const FEED_LENGTH = 50;

export const GET: APIRoute = async ({ site }) => {
  const articles = newestFirst(await getCollection('articles')).slice(0, FEED_LENGTH);
  return rss({
    title: SITE.name,
    description: SITE.description,
    site: site!,
    xmlns: FEED_NAMESPACES,
    customData: `<language>${SITE.locale.toLowerCase()}</language>`,
    items: articles.map((a) => feedItem({ id: a.id, data: a.data, description: articleDescription(a) }, site!, SITE.timeZone)),
  });
};

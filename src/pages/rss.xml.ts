/** The site-wide RSS feed: the newest articles. */
import type { APIRoute } from 'astro';
import { FRONT_PAGE_PATH, SITE_FEED_PATH } from '#lib/addresses/site-paths.ts';
import { articleDescription } from '#lib/metadata/article-description.ts';
import { newestFirst } from '#lib/listings/listings.ts';
import { feedResponse } from '#lib/metadata/feeds.ts';
import { publishedArticles } from '#lib/routes/site-content.ts';
import { settings } from '#lib/settings.ts';

export const GET: APIRoute = async ({ site }) =>
  feedResponse({
    title: settings.name,
    description: settings.description,
    pagePath: FRONT_PAGE_PATH,
    feedPath: SITE_FEED_PATH,
    articles: newestFirst(await publishedArticles(), settings.timeZone),
    describe: (article) => articleDescription(article),
    site: site!,
    settings,
  });

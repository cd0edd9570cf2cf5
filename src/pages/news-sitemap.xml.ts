/** A Google News sitemap of the last two days' articles: publication, language, date and title. */
import type { APIRoute } from 'astro';
import { absoluteUrl, articlePath } from '#lib/addresses/permalink.ts';
import { FRONT_PAGE_PATH } from '#lib/addresses/site-paths.ts';
import { newestFirst } from '#lib/listings/listings.ts';
import { newsSitemap, recentForNews } from '#lib/metadata/news-sitemap.ts';
import { publishedArticles } from '#lib/routes/site-content.ts';
import { settings } from '#lib/settings.ts';

export const GET: APIRoute = async ({ site }) => {
  const articles = newestFirst(await publishedArticles(), settings.timeZone).map((a) => ({
    url: absoluteUrl(articlePath(a, settings.timeZone), site!),
    title: a.data.headline,
    date: a.data.date,
  }));
  const xml = newsSitemap(
    recentForNews(articles, settings.buildTime, settings.timeZone),
    articles[0]?.url ?? absoluteUrl(FRONT_PAGE_PATH, site!),
    { name: settings.name, language: settings.lang, timeZone: settings.timeZone },
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};

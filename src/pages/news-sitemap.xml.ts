/** A Google News sitemap of every article: publication, language, date and title. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { articlePath, newestFirst } from '../lib/articles.ts';
import { newsSitemap } from '../lib/news-sitemap.ts';
import { absoluteUrl } from '../lib/permalink.ts';
import { SITE } from '../lib/site.ts';

export const GET: APIRoute = async ({ site }) => {
  const articles = newestFirst(await getCollection('articles'));
  const xml = newsSitemap(
    articles.map((a) => ({
      url: absoluteUrl(articlePath(a, SITE.timeZone), site!),
      title: a.data.headline,
      date: a.data.date,
    })),
    { name: SITE.name, language: SITE.lang },
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};

/** One RSS feed per section: /world/rss.xml */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { articleDescription } from '../../lib/article-description.ts';
import { FEED_NAMESPACES, feedItem } from '../../lib/feed-items.ts';
import { sectionListings } from '../../lib/listings.ts';
import { SITE } from '../../lib/site.ts';
import { FEED_LENGTH } from '../rss.xml.ts';

export const getStaticPaths = (async () => {
  const articles = await getCollection('articles');
  return sectionListings(articles).map((listing) => ({
    params: { section: listing.path.split('/')[1]! },
    props: { title: listing.title, articles: listing.articles.slice(0, FEED_LENGTH) },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site, props }) => {
  const { title, articles } = props as { title: string; articles: Awaited<ReturnType<typeof getCollection<'articles'>>> };
  return rss({
    title: `${title} – ${SITE.name}`,
    description: `${title}: the latest articles from ${SITE.name}.`,
    site: site!,
    xmlns: FEED_NAMESPACES,
    customData: `<language>${SITE.locale.toLowerCase()}</language>`,
    items: articles.map((a) => feedItem({ id: a.id, data: a.data, description: articleDescription(a) }, site!, SITE.timeZone)),
  });
};

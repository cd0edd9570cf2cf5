/** One RSS feed per section: /world/rss.xml */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getCollection } from 'astro:content';
import { articleDescription } from '#lib/files/article-description.ts';
import { sectionListings } from '#lib/listings/listings.ts';
import { feedResponse } from '#lib/metadata/feeds.ts';
import { settings } from '#lib/settings.ts';

export const getStaticPaths = (async () =>
  sectionListings(await getCollection('articles')).map((listing) => ({
    params: listing.params,
    props: { title: listing.title, articles: listing.articles },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ site, props: { title, articles } }) =>
  feedResponse({
    title: `${title} – ${settings.name}`,
    description: `${title}: the latest articles from ${settings.name}.`,
    articles,
    describe: (article) => articleDescription(article),
    site: site!,
    settings,
  });

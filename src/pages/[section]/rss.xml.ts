/** One RSS feed per section: /world/rss.xml */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { sectionFeedPath } from '#lib/addresses/site-paths.ts';
import { articleDescription } from '#lib/metadata/article-description.ts';
import { sectionListings } from '#lib/listings/listings.ts';
import { feedResponse } from '#lib/metadata/feeds.ts';
import { publishedArticles } from '#lib/routes/site-content.ts';
import { settings } from '#lib/settings.ts';

export const getStaticPaths = (async () =>
  sectionListings(await publishedArticles(), settings.timeZone).map((listing) => ({
    params: listing.params,
    props: { title: listing.title, slug: listing.params['section']!, path: listing.path, articles: listing.articles },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ site, props: { title, slug, path, articles } }) =>
  feedResponse({
    title: `${title} – ${settings.name}`,
    description: `${title}: the latest articles from ${settings.name}.`,
    pagePath: path,
    feedPath: sectionFeedPath(slug),
    articles,
    describe: (article) => articleDescription(article),
    site: site!,
    settings,
  });

/** The build's hand-over to its later steps; see src/lib/publish-manifest.ts. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { articlePath } from '../lib/articles.ts';
import type { PublishManifest } from '../lib/publish-manifest.ts';
import { articleCardContent } from '../lib/social-card-content.ts';
import { SITE } from '../lib/site.ts';

export const GET: APIRoute = async () => {
  const articles = await getCollection('articles');
  const manifest: PublishManifest = {
    articles: articles.map(({ id, data }) => ({
      path: articlePath({ id, data }, SITE.timeZone),
      redirectFrom: data.redirectFrom,
      lastModified: (data.updated ?? data.date).iso,
      card: articleCardContent(data, SITE),
    })),
  };
  return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/json' } });
};

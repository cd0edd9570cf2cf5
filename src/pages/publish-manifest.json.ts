/** publish-manifest.json: the build's hand-over to its later steps, which delete it before publishing (see src/lib/files/publish-manifest.ts). */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { articlePath } from '#lib/addresses/permalink.ts';
import { publicationInstant } from '#lib/content/publication-date.ts';
import type { PublishManifest } from '#lib/files/publish-manifest.ts';
import { getImage } from 'astro:assets';
import { SHARE_CARD_CROP } from '#lib/metadata/photo-crops.ts';
import { articleCardContent } from '#lib/metadata/share-image.ts';
import { settings } from '#lib/settings.ts';

export const GET: APIRoute = async () => {
  const articles = await getCollection('articles');
  const manifest: PublishManifest = {
    articles: await Promise.all(
      articles.map(async ({ id, data }) => ({
        path: articlePath({ id, data }, settings.timeZone),
        redirectFrom: data.redirectFrom,
        lastModified: publicationInstant(data.updated ?? data.date).toISOString(),
        publishedAt: publicationInstant(data.date).toISOString(),
        card: {
          ...articleCardContent(data, settings),
          photo: data.photo?.src && (await getImage({ src: data.photo.src, ...SHARE_CARD_CROP, fit: 'cover', format: 'jpg' })).src,
        },
      })),
    ),
  };
  return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/json' } });
};

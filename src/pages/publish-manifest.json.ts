/** publish-manifest.json: the build's hand-over to its later steps, which delete it before publishing (see src/publish/publish-manifest.ts). */
import type { APIRoute } from 'astro';
import { articlePath } from '#lib/addresses/permalink.ts';
import { machineTimestamp, publicationInstant } from '#lib/dates/publication-date.ts';
import type { PublishManifest } from '#publish/publish-manifest.ts';
import { siteContent } from '#lib/routes/site-content.ts';
import { articlePhotoUses, portraitPhotoUses, shareCardCrop } from '#lib/photos/photo-uses.ts';
import { articleCardContent } from '#lib/metadata/share-image.ts';
import { settings } from '#lib/settings.ts';

export const GET: APIRoute = async () => {
  const { articles, authors } = await siteContent();
  // A portrait is shown only beside a published story's byline and on its author's page, which
  // exists once one is published: an author of drafts alone has no photo to publish yet.
  const credited = new Set(articles.flatMap(({ data }) => data.byline.flatMap((credit) => credit.slug ?? [])));
  const manifest: PublishManifest = {
    articles: articles.map(({ id, data }) => ({
      path: articlePath({ id, data }, settings.timeZone),
      redirectFrom: data.redirectFrom,
      lastModified: machineTimestamp(data.updated ?? data.date, settings.timeZone),
      publishedAt: publicationInstant(data.date, settings.timeZone).toISOString(),
      card: { ...articleCardContent(data, settings), photo: data.photoSource && shareCardCrop(data.photoSource).path },
    })),
    // Paths relative to the project, where the publish step runs.
    photos: [
      ...articles.flatMap((article) => articlePhotoUses(article.filePath!, article.data)),
      ...authors.filter((author) => credited.has(author.slug)).flatMap((author) => portraitPhotoUses(author.file, author)),
    ],
  };
  return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/json' } });
};

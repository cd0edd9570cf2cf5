/**
 * `astro dev` serves the photos' variants the pages name (`/_photos/<folder>/<name>`), making each
 * on the first request into the build cache, as a publish would (variant-making.ts). The loaders
 * record which original each folder comes from (src/lib/loading/photo-originals.ts).
 */
import { readFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { photoJobFor } from '#lib/loading/photo-originals.ts';
import { cachedVariantFile, makeVariants } from './variant-making.ts';
import { PHOTO_FOLDER } from '#lib/photos/variant-plan.ts';

const MEDIA_TYPES = { avif: 'image/avif', webp: 'image/webp', jpeg: 'image/jpeg' } as const;

export function photosInDev(cacheDir: string): AstroIntegration {
  return {
    name: 'photos-in-dev',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(`/${PHOTO_FOLDER}/`, (request, response, next) => {
          const job = photoJobFor(`/${PHOTO_FOLDER}${(request.url ?? '').split('?')[0]}`);
          if (!job) {
            next();
            return;
          }
          const [variant] = job.variants;
          makeVariants(job, cacheDir).then(
            () => {
              response.setHeader('Content-Type', MEDIA_TYPES[variant!.format]);
              response.end(readFileSync(cachedVariantFile(cacheDir, variant!)));
            },
            (error: unknown) => next(error),
          );
        });
      },
    },
  };
}

/**
 * `npm run bench -- photo-variants [photos] [runs]`: the cold cost of a photo's variants, by
 * plan, made as the build makes them (src/publish/photos/placing.ts: one thread per core, each
 * photo decoded once), beside the same variants each decoded from the original as astro:assets
 * did; the warm cost (everything cached: checked and linked); and the bytes of the fixture's
 * 4000×2667 lead photo at each width. Medians over `runs`; photos are 4000×2667 synthetic JPEGs
 * with a camera photo's grain (synthetic-articles.ts), each different.
 */
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import {
  ENCODER_SETTINGS,
  cropVariant,
  responsiveVariants,
  type EncoderSettings,
  type PhotoSource,
  type Variant,
} from '#lib/photos/variant-plan.ts';
import { LEAD_PHOTO_WIDTHS, SHARE_CARD_CROP, STRUCTURED_DATA_CROPS } from '#lib/metadata/photo-crops.ts';
import { placePhotos } from '#publish/photos/placing.ts';
import type { PhotoJob } from '#lib/photos/photo-uses.ts';
import { random, syntheticPhoto } from './synthetic-articles.ts';

const photoCount = Number(process.argv[3] ?? 8);
const runs = Number(process.argv[4] ?? 3);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const work = join(tmpdir(), `photo-variants-${process.pid}`);
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

async function source(file: string): Promise<PhotoSource> {
  const { width, height } = await sharp(file).metadata();
  return { hash: createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 32), width, height };
}

/** Faster encoders to weigh against the defaults: WebP at effort 2, JPEG without mozjpeg. */
const FAST: EncoderSettings = { ...ENCODER_SETTINGS, webp: { quality: 80, effort: 2 }, jpeg: { quality: 80, mozjpeg: false } };
const crops = (photo: PhotoSource, settings = ENCODER_SETTINGS): Variant[] => [
  ...STRUCTURED_DATA_CROPS.map((crop) => cropVariant(photo, crop, 'jpeg', settings)),
  cropVariant(photo, SHARE_CARD_CROP, 'jpeg', settings),
];
const plans: Record<string, (photo: PhotoSource) => Variant[]> = {
  'AVIF, WebP and JPEG at every width': (photo) => [
    ...responsiveVariants(photo, LEAD_PHOTO_WIDTHS, ['avif', 'webp', 'jpeg']),
    ...crops(photo),
  ],
  'AVIF at 400 and 608 only, WebP and JPEG at every width': (photo) => [
    ...responsiveVariants(photo, [400, 608], ['avif']),
    ...responsiveVariants(photo, LEAD_PHOTO_WIDTHS, ['webp', 'jpeg']),
    ...crops(photo),
  ],
  'WebP and JPEG at every width': (photo) => [...responsiveVariants(photo, LEAD_PHOTO_WIDTHS, ['webp', 'jpeg']), ...crops(photo)],
  'WebP at every width, one JPEG (800 px) as the fallback': (photo) => [
    ...responsiveVariants(photo, LEAD_PHOTO_WIDTHS, ['webp']),
    ...responsiveVariants(photo, [800], ['jpeg']),
    ...crops(photo),
  ],
  'the same, WebP at effort 2 and JPEG without mozjpeg': (photo) => [
    ...responsiveVariants(photo, LEAD_PHOTO_WIDTHS, ['webp'], FAST),
    ...responsiveVariants(photo, [800], ['jpeg'], FAST),
    ...crops(photo, FAST),
  ],
  'AVIF and WebP at every width, one JPEG, the faster WebP and JPEG': (photo) => [
    ...responsiveVariants(photo, LEAD_PHOTO_WIDTHS, ['avif', 'webp'], FAST),
    ...responsiveVariants(photo, [800], ['jpeg'], FAST),
    ...crops(photo, FAST),
  ],
};

const next = random(7);
const originals: string[] = [];
for (let i = 0; i < photoCount; i++) {
  const file = join(work, `photo-${i}.jpg`);
  writeFileSync(file, await syntheticPhoto(next));
  originals.push(file);
}
const sources = await Promise.all(originals.map(source));
console.log(`photo-variants: ${photoCount} photos of 4000×2667, ${runs} runs, ${availableParallelism()} cores`);

/** The same variants, each resized from the original decoded anew (what astro:assets does), one thread per core through libvips. */
async function decodedPerVariant(jobs: PhotoJob[], cacheDir: string): Promise<void> {
  for (const job of jobs) {
    for (const variant of job.variants) {
      const image = sharp(job.original)
        .rotate()
        .resize(variant.width, variant.height, { fit: variant.crop ? 'cover' : 'fill' });
      const file = join(cacheDir, variant.path);
      mkdirSync(join(file, '..'), { recursive: true });
      if (variant.format === 'avif') await image.avif(variant.encoder).toFile(file);
      else if (variant.format === 'webp') await image.webp(variant.encoder).toFile(file);
      else await image.jpeg(variant.encoder).toFile(file);
    }
  }
}

for (const [name, plan] of Object.entries(plans)) {
  const jobs = originals.map((original, i) => ({ original, source: sources[i]!, variants: plan(sources[i]!) }));
  const cold: number[] = [];
  const warm: number[] = [];
  for (let run = 0; run < runs; run++) {
    const cacheDir = join(work, `cache-${run}`);
    const siteDir = join(work, `site-${run}`);
    let started = performance.now();
    await placePhotos(siteDir, jobs, cacheDir);
    cold.push((performance.now() - started) / 1000 / photoCount);
    rmSync(siteDir, { recursive: true });
    started = performance.now();
    await placePhotos(siteDir, jobs, cacheDir);
    warm.push((performance.now() - started) / photoCount);
    rmSync(siteDir, { recursive: true });
    rmSync(cacheDir, { recursive: true });
  }
  console.log(
    `  ${name} (${jobs[0]!.variants.length} variants): cold ${median(cold).toFixed(2)} s of wall time a photo, warm ${median(warm).toFixed(2)} ms a photo`,
  );
  if (name === 'AVIF, WebP and JPEG at every width') {
    const cacheDir = join(work, 'per-variant');
    const started = performance.now();
    await decodedPerVariant(jobs.slice(0, 2), cacheDir);
    console.log(`    the same, each variant decoded from the original: ${((performance.now() - started) / 1000 / 2).toFixed(2)} s a photo`);
    rmSync(cacheDir, { recursive: true });
  }
}

const fixturePhoto = join(import.meta.dirname, '..', 'fixtures', 'site-content', 'articles', 'synthetic-photo-story', 'photo.jpg');
const lead = await source(fixturePhoto);
console.log(
  `the fixture's lead photo (${lead.width}×${lead.height}, ${(statSync(fixturePhoto).size / 1000).toFixed(0)} kB), bytes by width:`,
);
for (const [settingsName, settings] of [
  ['default settings', ENCODER_SETTINGS],
  ['faster WebP and JPEG', FAST],
] as const) {
  const cacheDir = join(work, `lead-${settingsName}`);
  const variants = responsiveVariants(
    lead,
    [...LEAD_PHOTO_WIDTHS, 1280].sort((a, b) => a - b),
    ['avif', 'webp', 'jpeg'],
    settings,
  );
  await placePhotos(join(work, `lead-site-${settingsName}`), [{ original: fixturePhoto, source: lead, variants }], cacheDir);
  for (const format of ['avif', 'webp', 'jpeg'] as const) {
    if (settings !== ENCODER_SETTINGS && format === 'avif') continue;
    const sizes = variants
      .filter((variant) => variant.format === format)
      .map((variant) => `${variant.width} px ${(statSync(join(cacheDir, variant.path)).size / 1000).toFixed(1)} kB`);
    console.log(`  ${format}, ${settingsName}: ${sizes.join(', ')}`);
  }
}
rmSync(work, { recursive: true, force: true });

/**
 * Which variants each use of a photo names (src/lib/photos/photo-uses.ts): what pages render
 * and what the publish step makes are the same list.
 */
import { describe, expect, it } from 'vitest';
import {
  articlePhotoJobs,
  bodyImageVariants,
  everyVariantOf,
  leadPhotoVariants,
  portraitPhotoJobs,
  portraitVariants,
  shareCardCrop,
  structuredDataCrops,
  thumbnailPicture,
  thumbnailVariants,
} from '#lib/photos/photo-uses.ts';

const landscape = { hash: 'a'.repeat(64), width: 4000, height: 2667 };

describe('the lead photo', () => {
  it('is WebP at every width up to 1,600 px and one 800 px JPEG', () => {
    expect(leadPhotoVariants(landscape).map(({ format, width }) => `${format} ${width}`)).toEqual([
      'webp 400',
      'webp 608',
      'webp 800',
      'webp 1216',
      'webp 1600',
      'jpeg 800',
    ]);
  });

  it('of a small original is never enlarged, its JPEG at its own width', () => {
    const small = { ...landscape, width: 500, height: 333 };
    expect(leadPhotoVariants(small).map(({ format, width }) => `${format} ${width}`)).toEqual(['webp 400', 'webp 500', 'jpeg 500']);
  });
});

describe('a thumbnail', () => {
  it('uses the lead photo’s own smallest files, so a front makes none of its own', () => {
    const lead = leadPhotoVariants(landscape).map((variant) => variant.path);
    for (const variant of thumbnailVariants(landscape)) expect(lead).toContain(variant.path);
  });

  it('offers the 400 px WebP', () => {
    expect(thumbnailPicture(landscape).sources[0]!.srcset).toMatch(/\/400\.webp 400w$/);
  });
});

describe('crops', () => {
  it('for structured data are 16:9, 4:3 and 1:1 JPEGs of 1,200 px', () => {
    expect(structuredDataCrops(landscape).map(({ width, height, format }) => `${width}x${height} ${format}`)).toEqual([
      '1200x675 jpeg',
      '1200x900 jpeg',
      '1200x1200 jpeg',
    ]);
  });

  it('for a portrait are square, at 1× and 2×', () => {
    expect(portraitVariants(landscape).map(({ width, height }) => [width, height])).toEqual([
      [96, 96],
      [192, 192],
      [192, 192],
    ]);
  });
});

describe('an article’s photo jobs', () => {
  const data = {
    photo: { src: './lead.jpg' },
    photoSource: landscape,
    bodyImages: [{ path: './river.jpg', source: { ...landscape, hash: 'b'.repeat(64) } }],
  };
  const jobs = articlePhotoJobs('content/articles/story/index.md', data);

  it('find each original beside the article', () => {
    expect(jobs.map((job) => job.original)).toEqual(['content/articles/story/lead.jpg', 'content/articles/story/river.jpg']);
  });

  it('make the lead photo, its crops and the share card’s crop', () => {
    expect(jobs[0]!.variants).toEqual([...leadPhotoVariants(landscape), ...structuredDataCrops(landscape), shareCardCrop(landscape)]);
  });

  it('make each body image at the column’s widths', () => {
    expect(jobs[1]!.variants).toEqual(bodyImageVariants(data.bodyImages[0]!.source));
  });

  it('are none for a caption without its file', () => {
    expect(articlePhotoJobs('content/articles/story.md', { photo: {}, bodyImages: [] })).toEqual([]);
  });

  it('name only variants a dev server can find again from the photo', () => {
    const known = new Set(everyVariantOf(landscape).map((variant) => variant.path));
    for (const variant of jobs[0]!.variants) expect(known).toContain(variant.path);
  });
});

describe('a portrait’s job', () => {
  it('finds the file beside the author’s', () => {
    expect(portraitPhotoJobs('content/authors/ana.md', { photo: './ana.jpg', photoSource: landscape })[0]!.original).toBe(
      'content/authors/ana.jpg',
    );
  });
});

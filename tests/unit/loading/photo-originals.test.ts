/** How `astro dev` finds the original a requested variant is made from (src/lib/loading/photo-originals.ts). */
import { describe, expect, it } from 'vitest';
import { photoJobFor, rememberPhotoOriginals } from '#lib/loading/photo-originals.ts';
import { leadPhotoVariants, portraitVariants } from '#lib/photos/photo-uses.ts';

const source = { hash: 'd'.repeat(64), width: 2000, height: 1000 };
rememberPhotoOriginals([{ original: 'content/articles/a/lead.jpg', source, use: 'lead' }]);

describe('photoJobFor', () => {
  it('finds a variant of a remembered photo, with its original', () => {
    const variant = leadPhotoVariants(source)[1]!;
    expect(photoJobFor(variant.path)).toEqual({ original: 'content/articles/a/lead.jpg', source, variants: [variant] });
  });

  it('finds any use’s variant, not only the one the loader listed', () => {
    expect(photoJobFor(portraitVariants(source)[0]!.path)?.variants).toHaveLength(1);
  });

  it('knows no variant of a photo it was never told of', () => {
    expect(photoJobFor(leadPhotoVariants({ ...source, hash: 'e'.repeat(64) })[0]!.path)).toBeUndefined();
  });

  it('knows no name the plan does not make', () => {
    const folder = leadPhotoVariants(source)[0]!.path.replace(/\/[^/]+$/, '');
    expect(photoJobFor(`${folder}/../../etc/passwd`)).toBeUndefined();
    expect(photoJobFor(`${folder}/123.webp`)).toBeUndefined();
  });
});

/**
 * The plan of a photo's variants (src/lib/photos/variant-plan.ts): names fixed by what decides
 * their bytes, no enlargement, one decoding wide enough for every variant.
 */
import { describe, expect, it } from 'vitest';
import { ENCODER_SETTINGS, cropVariant, decodeWidth, pictureSources, responsiveVariants, variantFolder } from '#lib/photos/variant-plan.ts';

const photo = { hash: 'a'.repeat(32), width: 4000, height: 2667 };

describe('variant names', () => {
  it('change when the photo’s bytes change, though nothing else does', () => {
    expect(variantFolder({ ...photo, hash: 'b'.repeat(32) })).not.toBe(variantFolder(photo));
  });

  it('change when the encoder settings change', () => {
    const settings = { ...ENCODER_SETTINGS, webp: { quality: 80, effort: 6 } };
    expect(responsiveVariants(photo, [400], ['webp'], settings)[0]!.path).not.toBe(responsiveVariants(photo, [400], ['webp'])[0]!.path);
  });

  it('are the same for the same bytes, whichever page asks', () => {
    expect(responsiveVariants({ ...photo }, [400], ['avif'])).toEqual(responsiveVariants(photo, [400], ['avif']));
  });

  it('name the width and format under the photo’s folder', () => {
    expect(responsiveVariants(photo, [400], ['jpeg'])[0]!.path).toBe(`${variantFolder(photo)}/400.jpg`);
  });

  it('tell a crop from the whole frame at the same width', () => {
    expect(cropVariant(photo, { width: 1200, height: 675 }, 'jpeg').path).not.toBe(responsiveVariants(photo, [1200], ['jpeg'])[0]!.path);
  });
});

describe('responsiveVariants', () => {
  it('keep the photo’s shape at each width', () => {
    expect(responsiveVariants(photo, [800], ['webp'])[0]).toMatchObject({ width: 800, height: 533 });
  });

  it('stop at the original’s own width, never wider', () => {
    expect(responsiveVariants({ ...photo, width: 700, height: 467 }, [400, 608, 800], ['webp']).map((v) => v.width)).toEqual([
      400, 608, 700,
    ]);
  });

  it('publish an original narrower than every width at its own width', () => {
    expect(responsiveVariants({ ...photo, width: 300, height: 200 }, [400, 800], ['webp']).map((v) => v.width)).toEqual([300]);
  });
});

describe('decodeWidth', () => {
  it('is the widest variant’s width', () => {
    expect(decodeWidth(photo, responsiveVariants(photo, [400, 1216], ['avif']))).toBe(1216);
  });

  it('is wide enough for a square crop to cover a landscape photo', () => {
    // 1,200 px high needs the 4000×2667 original at 1,800 px wide.
    expect(decodeWidth(photo, [cropVariant(photo, { width: 1200, height: 1200 }, 'jpeg')])).toBe(1800);
  });

  it('is never wider than the original', () => {
    expect(decodeWidth({ ...photo, width: 1000, height: 667 }, [cropVariant(photo, { width: 1200, height: 1200 }, 'jpeg')])).toBe(1000);
  });
});

describe('pictureSources', () => {
  const variants = responsiveVariants(photo, [400, 800], ['avif', 'webp', 'jpeg']);

  it('offers the better formats first, each with every width', () => {
    expect(pictureSources(variants).sources).toEqual([
      { type: 'image/avif', srcset: `${variantFolder(photo)}/400.avif 400w, ${variantFolder(photo)}/800.avif 800w` },
      { type: 'image/webp', srcset: `${variantFolder(photo)}/400.webp 400w, ${variantFolder(photo)}/800.webp 800w` },
    ]);
  });

  it('falls back to the widest JPEG, its size given so nothing shifts', () => {
    expect(pictureSources(variants).fallback).toMatchObject({ src: `${variantFolder(photo)}/800.jpg`, width: 800, height: 533 });
  });
});

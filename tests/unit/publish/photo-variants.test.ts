/**
 * Making a photo's variants (src/publish/photos/): upright, without the camera's metadata,
 * each made once into the build cache and linked into the site.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { cropVariant, responsiveVariants } from '#lib/photos/variant-plan.ts';
import { makeVariants } from '#publish/photos/variant-making.ts';
import { placePhotos } from '#publish/photos/placing.ts';
import { temporaryFolder } from '../../support/temporary-folder.ts';

/**
 * A 600×400 JPEG, red above and blue below, stored on its side (EXIF orientation 6: shown turned
 * a quarter clockwise, so upright it is 400×600, blue on the left), with a GPS-bearing EXIF block.
 */
async function cameraJpeg(file: string): Promise<void> {
  const half = (color: string) =>
    sharp({ create: { width: 600, height: 200, channels: 3, background: color } })
      .png()
      .toBuffer();
  writeFileSync(
    file,
    await sharp({ create: { width: 600, height: 400, channels: 3, background: '#000000' } })
      .composite([
        { input: await half('#ff0000'), top: 0, left: 0 },
        { input: await half('#0000ff'), top: 200, left: 0 },
      ])
      .withMetadata({
        orientation: 6,
        exif: { IFD0: { Copyright: 'Camera owner' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '48/1 51/1 0/1' } },
      })
      .jpeg()
      .toBuffer(),
  );
}

const photo = { hash: 'c'.repeat(32), width: 400, height: 600 };

describe('makeVariants', () => {
  it('turns the photo upright by its EXIF orientation', async () => {
    const dir = temporaryFolder('photo-variants');
    await cameraJpeg(join(dir, 'photo.jpg'));
    const [variant] = responsiveVariants(photo, [200], ['webp']);
    await makeVariants({ original: join(dir, 'photo.jpg'), source: photo, variants: [variant!] }, join(dir, 'cache'));
    const { data, info } = await sharp(join(dir, 'cache', variant!.path))
      .raw()
      .toBuffer({ resolveWithObject: true });
    const blue = (x: number) =>
      data[(150 * info.width + x) * info.channels + 2]! > 200 && data[(150 * info.width + x) * info.channels]! < 60;
    expect([blue(20), blue(180)]).toEqual([true, false]);
  });

  it('publishes no EXIF, XMP or orientation in any format', async () => {
    const dir = temporaryFolder('photo-variants');
    await cameraJpeg(join(dir, 'photo.jpg'));
    const variants = [
      ...responsiveVariants(photo, [200], ['avif', 'webp', 'jpeg']),
      cropVariant(photo, { width: 100, height: 100 }, 'jpeg'),
    ];
    await makeVariants({ original: join(dir, 'photo.jpg'), source: photo, variants }, join(dir, 'cache'));
    for (const variant of variants) {
      const metadata = await sharp(join(dir, 'cache', variant.path)).metadata();
      expect({ exif: metadata.exif, xmp: metadata.xmp, orientation: metadata.orientation }).toEqual({});
    }
  });

  it('cuts a crop to exactly its size', async () => {
    const dir = temporaryFolder('photo-variants');
    await cameraJpeg(join(dir, 'photo.jpg'));
    const crop = cropVariant(photo, { width: 300, height: 150 }, 'jpeg');
    await makeVariants({ original: join(dir, 'photo.jpg'), source: photo, variants: [crop] }, join(dir, 'cache'));
    expect(await sharp(join(dir, 'cache', crop.path)).metadata()).toMatchObject({ width: 300, height: 150 });
  });

  it('makes nothing the cache already holds', async () => {
    const dir = temporaryFolder('photo-variants');
    await cameraJpeg(join(dir, 'photo.jpg'));
    const job = { original: join(dir, 'photo.jpg'), source: photo, variants: responsiveVariants(photo, [200], ['webp']) };
    await makeVariants(job, join(dir, 'cache'));
    expect(await makeVariants(job, join(dir, 'cache'))).toBe(0);
  });

  it('makes again a variant a cut-off write left empty', async () => {
    const dir = temporaryFolder('photo-variants');
    await cameraJpeg(join(dir, 'photo.jpg'));
    const job = { original: join(dir, 'photo.jpg'), source: photo, variants: responsiveVariants(photo, [200], ['webp']) };
    await makeVariants(job, join(dir, 'cache'));
    writeFileSync(join(dir, 'cache', job.variants[0]!.path), '');
    expect(await makeVariants(job, join(dir, 'cache'))).toBe(1);
  });
});

describe('placePhotos', () => {
  it('links each variant from the cache into the site, byte for byte', async () => {
    const dir = temporaryFolder('photo-variants');
    await cameraJpeg(join(dir, 'photo.jpg'));
    const [variant] = responsiveVariants(photo, [200], ['jpeg']);
    await placePhotos(join(dir, 'site'), [{ original: join(dir, 'photo.jpg'), source: photo, variants: [variant!] }], join(dir, 'cache'));
    expect(statSync(join(dir, 'site', variant!.path)).ino).toBe(statSync(join(dir, 'cache', variant!.path)).ino);
    expect(readFileSync(join(dir, 'site', variant!.path)).subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
  });

  it('makes a photo shown on several pages once', async () => {
    const dir = temporaryFolder('photo-variants');
    await cameraJpeg(join(dir, 'photo.jpg'));
    const job = { original: join(dir, 'photo.jpg'), source: photo, variants: responsiveVariants(photo, [200], ['jpeg']) };
    expect((await placePhotos(join(dir, 'site'), [job, job], join(dir, 'cache'))).made).toBe(1);
  });

  it('places only the variants the published folder does not already hold, and says what it holds now', async () => {
    const dir = temporaryFolder('photo-variants');
    await cameraJpeg(join(dir, 'photo.jpg'));
    const [published, added] = responsiveVariants(photo, [200, 300], ['jpeg']);
    const job = { original: join(dir, 'photo.jpg'), source: photo, variants: [published!, added!] };
    const result = await placePhotos(join(dir, 'site'), [job], join(dir, 'cache'), { [photo.hash]: [published!.path] });
    expect(result.added).toEqual([added!.path]);
    expect(existsSync(join(dir, 'site', published!.path))).toBe(false);
    expect(result.now).toEqual({ [photo.hash]: [published!.path, added!.path].sort() });
  });
});

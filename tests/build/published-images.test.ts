/**
 * Only resized, stripped copies of the newsroom's images are published (issue #29): in both
 * built sites, no file is byte for byte an image of their content, and no image carries EXIF
 * or XMP. The fixture's lead photo and a portrait carry a camera's EXIF with a GPS position
 * and an XMP packet (tests/support/bad-images.ts, CAMERA_EXIF), so the check has something to find.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import sharp from 'sharp';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';

const SITES = [
  { site: 'dist', content: 'content' },
  { site: 'dist-fixture', content: 'tests/fixtures/site-content' },
];
const IMAGE = /\.(jpe?g|png|webp|avif|gif|tiff?)$/i;

const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const publishedImages = (site: string) =>
  readdirSync(site, { recursive: true, encoding: 'utf8' })
    .filter((path) => IMAGE.test(path))
    .map((path) => join(site, path));

describe('the fixture', () => {
  it('has originals that carry a GPS position and XMP, which must not reach the site', async () => {
    for (const file of [
      'tests/fixtures/site-content/articles/synthetic-photo-story/photo.jpg',
      'tests/fixtures/site-content/authors/fixture-reporter-one.jpg',
    ]) {
      const { exif, xmp } = await sharp(file).metadata();
      expect(exif?.toString('latin1')).toContain('FixtureCam');
      expect(xmp?.toString('utf8')).toContain('exif:GPSLatitude');
    }
  });
});

describe.each(SITES)('$site', ({ site, content }) => {
  it('publishes no original of a content image, under any name', () => {
    const originals = new Map(
      globSync('**/*.{jpg,jpeg,png,webp,avif,gif,tif,tiff}', { cwd: content, caseSensitiveMatch: false }).map((path) => [
        digest(join(content, path)),
        path,
      ]),
    );
    const published = publishedImages(site).flatMap((file) => {
      const original = originals.get(digest(file));
      return original ? [`${relative(site, file)} is ${original}`] : [];
    });
    expect(published).toEqual([]);
  });

  it('publishes no image with EXIF or XMP in it', async () => {
    const images = publishedImages(site);
    expect(images.length).toBeGreaterThan(0);
    const carrying = (
      await Promise.all(
        images.map(async (file) => {
          const { exif, xmp, iptc } = await sharp(file).metadata();
          return exif || xmp || iptc
            ? [`${relative(site, file)}: ${[exif && 'EXIF', xmp && 'XMP', iptc && 'IPTC'].filter(Boolean).join(', ')}`]
            : [];
        }),
      )
    ).flat();
    expect(carrying).toEqual([]);
  });
});

/**
 * The step that keeps the content's original images out of the site
 * (src/publish/original-images.ts): a byte-identical copy in _astro/ goes, whatever its name;
 * a resized copy stays; a page this build wrote that links to an original stops the build.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { removePublishedOriginals } from '#publish/original-images.ts';
import { noisyJpeg } from '../../support/bad-images.ts';
import { temporaryFolder } from '../../support/temporary-folder.ts';

const everyPageNew = () => true;

/** A project with a photo in its content and a built site holding `assets` in _astro/ and `pages`. */
async function project(
  assets: (photo: Buffer) => Record<string, Buffer> | Promise<Record<string, Buffer>>,
  pages: Record<string, string> = {},
) {
  const root = temporaryFolder('original-images');
  const content = join(root, 'content');
  const site = join(root, 'dist');
  const photo = await noisyJpeg();
  mkdirSync(join(content, 'articles', 'story'), { recursive: true });
  mkdirSync(join(site, '_astro'), { recursive: true });
  writeFileSync(join(content, 'articles', 'story', 'Photo.JPG'), photo);
  for (const [name, bytes] of Object.entries(await assets(photo))) writeFileSync(join(site, '_astro', name), bytes);
  for (const [path, text] of Object.entries(pages)) {
    mkdirSync(join(site, path, '..'), { recursive: true });
    writeFileSync(join(site, path), text);
  }
  return { root, content, site };
}

describe('removePublishedOriginals', () => {
  it('removes the original under its own name and under a variant name, and keeps the resized copies', async () => {
    const { root, content, site } = await project(async (photo) => ({
      'Photo.abc123.jpg': photo,
      'Photo.abc123_x1.jpg': photo,
      'Photo.abc123_x2.jpg': await sharp(photo).resize(320).jpeg().toBuffer(),
      'Photo.abc123_x3.webp': await sharp(photo).webp().toBuffer(),
    }));
    const removed = removePublishedOriginals(site, content, root, everyPageNew);
    expect(removed.map((original) => original.address).sort()).toEqual(['/_astro/Photo.abc123.jpg', '/_astro/Photo.abc123_x1.jpg']);
    expect(removed[0]!.original).toBe('content/articles/story/Photo.JPG');
    expect(readdirSync(join(site, '_astro')).sort()).toEqual(['Photo.abc123_x2.jpg', 'Photo.abc123_x3.webp']);
  });

  it('keeps a file of the same size with other bytes', async () => {
    const { root, content, site } = await project((photo) => ({ 'other.jpg': Buffer.alloc(photo.length, 7) }));
    expect(removePublishedOriginals(site, content, root, everyPageNew)).toEqual([]);
    expect(existsSync(join(site, '_astro', 'other.jpg'))).toBe(true);
  });

  it.each([
    ['a page', 'story/index.html', '<img src="/_astro/Photo.abc123.jpg" alt="">'],
    ['a feed', 'rss.xml', '<enclosure url="https://example.org/_astro/Photo.abc123.jpg"/>'],
  ])('stops the build when %s links to an original, naming it and the content file', async (_, path, text) => {
    const { root, content, site } = await project((photo) => ({ 'Photo.abc123.jpg': photo }), { [path]: text });
    expect(() => removePublishedOriginals(site, content, root, everyPageNew)).toThrow(
      `/${path} links to /_astro/Photo.abc123.jpg, which is byte for byte content/articles/story/Photo.JPG as it was saved, with whatever its maker wrote into it (EXIF, a GPS position)`,
    );
    expect(existsSync(join(site, '_astro', 'Photo.abc123.jpg'))).toBe(true);
  });

  it('does not read a page restored from the published site', async () => {
    const { root, content, site } = await project((photo) => ({ 'Photo.abc123.jpg': photo }), {
      'old/index.html': '<img src="/_astro/Photo.abc123.jpg" alt="">',
    });
    expect(removePublishedOriginals(site, content, root, (path) => path !== 'old/index.html')).toHaveLength(1);
  });
});

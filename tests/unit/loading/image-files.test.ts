/**
 * The checks an image gets before astro:assets sees it (src/lib/loading/image-files.ts): a link out
 * of the content folder is refused without being read, and a file that does not decode is named
 * with the reason, whatever it is called.
 */
import { mkdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { checkedPortrait, imageDecodingProblem, imageFileStamp, imageLocationProblem, linksOutside } from '#lib/loading/image-files.ts';
import { imageBomb, noisyJpeg, svgNamedJpeg, truncatedJpeg, truncatedPng } from '../../support/bad-images.ts';
import { temporaryFolder } from '../../support/temporary-folder.ts';

/** A content folder with an article folder in it, and a folder beside it (outside the content). */
function folders(): { content: string; article: string; outside: string } {
  const root = temporaryFolder('image-files');
  const content = join(root, 'content');
  const article = join(content, 'articles', 'story');
  const outside = join(root, 'elsewhere');
  mkdirSync(article, { recursive: true });
  mkdirSync(outside);
  return { content, article, outside };
}

describe('imageLocationProblem', () => {
  it('accepts a file in the content folder, and a link to another file in it', async () => {
    const { content, article } = folders();
    writeFileSync(join(article, 'photo.jpg'), await noisyJpeg());
    mkdirSync(join(content, 'shared'));
    writeFileSync(join(content, 'shared', 'logo.jpg'), await noisyJpeg());
    symlinkSync(join(content, 'shared', 'logo.jpg'), join(article, 'logo.jpg'));
    expect(imageLocationProblem(join(article, 'photo.jpg'), content)).toBeUndefined();
    expect(imageLocationProblem(join(article, 'logo.jpg'), content)).toBeUndefined();
  });

  it.each([
    ['an absolute link to a system file', () => '/etc/passwd'],
    ['a relative link climbing out', () => '../../../elsewhere/secret.jpg'],
    ['a link to a link that leaves', (outside: string) => join(outside, 'hop.jpg')],
  ])('refuses %s, naming neither the target nor its contents', (_, target: (outside: string) => string) => {
    const { content, article, outside } = folders();
    writeFileSync(join(outside, 'secret.jpg'), 'SECRET-MARKER');
    symlinkSync(join(outside, 'secret.jpg'), join(outside, 'hop.jpg'));
    symlinkSync(target(outside), join(article, 'photo.jpg'));
    const problem = imageLocationProblem(join(article, 'photo.jpg'), content);
    expect(problem).toBe(
      'is a symbolic link to a file outside the content folder, which the build never publishes; put a copy of the image itself in its place',
    );
  });

  it('refuses a folder that links out, through which the image is reached', () => {
    const { content, article, outside } = folders();
    writeFileSync(join(outside, 'secret.jpg'), 'SECRET-MARKER');
    symlinkSync(outside, join(article, 'photos'));
    expect(imageLocationProblem(join(article, 'photos', 'secret.jpg'), content)).toMatch(/outside the content folder/);
  });

  it('refuses a link to nothing, and a folder named like an image', () => {
    const { content, article } = folders();
    symlinkSync(join(article, 'gone.jpg'), join(article, 'photo.jpg'));
    mkdirSync(join(article, 'folder.jpg'));
    expect(imageLocationProblem(join(article, 'photo.jpg'), content)).toMatch(/^is a symbolic link to a file that does not exist/);
    expect(imageLocationProblem(join(article, 'folder.jpg'), content)).toMatch(/^is not a file/);
  });
});

describe('linksOutside', () => {
  it('tells an article file linked from elsewhere from one in place', () => {
    const { content, article, outside } = folders();
    writeFileSync(join(outside, 'story.md'), 'x');
    writeFileSync(join(article, 'index.md'), 'x');
    symlinkSync(join(outside, 'story.md'), join(content, 'articles', 'linked.md'));
    expect(linksOutside(join(content, 'articles', 'linked.md'), content)).toBe(true);
    expect(linksOutside(join(article, 'index.md'), content)).toBe(false);
  });
});

describe('imageDecodingProblem', () => {
  const write = (bytes: Buffer | string, name = 'photo.jpg') => {
    const file = join(folders().article, name);
    writeFileSync(file, bytes);
    return file;
  };

  it('accepts a whole JPEG, PNG and WebP', async () => {
    const jpeg = await noisyJpeg();
    for (const [bytes, name] of [
      [jpeg, 'photo.jpg'],
      [await sharp(jpeg).png().toBuffer(), 'photo.png'],
      [await sharp(jpeg).webp().toBuffer(), 'photo.webp'],
    ] as const)
      expect(await imageDecodingProblem(write(bytes, name))).toBeUndefined();
  });

  it('refuses an empty file', async () => {
    expect(await imageDecodingProblem(write(''))).toBe('the file is empty; copy the image again');
  });

  it('refuses a 40,000 × 40,000 px image from its header, before decoding it', async () => {
    expect(await imageDecodingProblem(write(imageBomb(), 'bomb.png'))).toBe(
      'the image is 40,000 × 40,000 px (1,600 megapixels), over the limit of 120 megapixels; export a smaller copy (3,000 px on the long side is plenty for the site)',
    );
  });

  it.each([
    ['a JPEG', truncatedJpeg, 'cut.jpg'],
    ['a PNG', truncatedPng, 'cut.png'],
  ])('refuses %s cut short', async (_, bytes, name) => {
    expect(await imageDecodingProblem(write(await bytes(), name))).toBe(
      'the image cannot be decoded: the file is damaged or cut short (an interrupted download or copy?); copy or export it again',
    );
  });

  it('refuses an SVG drawing named .jpg', async () => {
    expect(await imageDecodingProblem(write(svgNamedJpeg()))).toBe(
      'the file is an SVG drawing, not a JPEG, PNG, WebP, AVIF, GIF or TIFF image, though its name says so; export it again in one of those formats',
    );
  });

  it.each([
    ['text', 'root:x:0:0:root:/root:/bin/bash\n'],
    ['HTML', '<!doctype html><title>Not found</title>'],
  ])('refuses %s named .jpg without quoting it', async (_, text) => {
    const problem = await imageDecodingProblem(write(text));
    expect(problem).toMatch(/^the file is not an image the site can read/);
    expect(problem).not.toContain(text.slice(0, 4));
  });
});

describe('imageFileStamp', () => {
  it('changes when the file is replaced, by a new copy or by a link', async () => {
    const { article, outside } = folders();
    const file = join(article, 'photo.jpg');
    writeFileSync(file, await noisyJpeg());
    const first = imageFileStamp(file);
    writeFileSync(join(outside, 'other.jpg'), await truncatedJpeg());
    writeFileSync(`${file}.new`, await truncatedJpeg());
    renameSync(`${file}.new`, file);
    const second = imageFileStamp(file);
    rmSync(file);
    symlinkSync(join(outside, 'other.jpg'), file);
    expect(new Set([first, second, imageFileStamp(file)]).size).toBe(3);
  });
});

describe('checkedPortrait', () => {
  it('checks a portrait once for both loaders that ask', async () => {
    const file = join(folders().article, 'portrait.jpg');
    writeFileSync(file, await noisyJpeg());
    expect(checkedPortrait(file)).toBe(checkedPortrait(file));
    expect((await checkedPortrait(file)).source).toBeDefined();
  });

  it('checks it again once the file is replaced', async () => {
    const file = join(folders().article, 'portrait.jpg');
    writeFileSync(file, await noisyJpeg());
    expect((await checkedPortrait(file)).problem).toBeUndefined();
    writeFileSync(`${file}.new`, await truncatedJpeg());
    renameSync(`${file}.new`, file);
    expect((await checkedPortrait(file)).problem).toMatch(/^the image cannot be decoded/);
  });
});

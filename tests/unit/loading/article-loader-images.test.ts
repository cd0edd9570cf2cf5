/**
 * What the article loader refuses before the photo pipeline sees it, over a copy of the fixture content:
 * a photo, body image, portrait or article reached through a link out of the content folder
 * (never read, never quoted), an image that does not decode (named with its article and field or
 * line), and a control character written as a YAML escape. Every message names the file.
 */
import { readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentLayer, fixtureContentCopy } from '../../support/content-layer.ts';
import { animatedGif, imageBomb, noisyJpeg, svgNamedJpeg, truncatedJpeg, truncatedPng } from '../../support/bad-images.ts';
import { temporaryFolder } from '../../support/temporary-folder.ts';

let content: string;
let remove: () => void;
beforeEach(() => {
  ({ content, remove } = fixtureContentCopy());
});
afterEach(() => remove());

const story = () => join(content, 'articles', 'synthetic-photo-story');
const edit = (file: string, change: (text: string) => string) => writeFileSync(file, change(readFileSync(file, 'utf8')));
/** The photo story with its lead photo, or its body image, replaced by `name`. */
const photoNamed = (name: string) => edit(join(story(), 'index.md'), (text) => text.replace('./photo.jpg', `./${name}`));
const bodyImageNamed = (name: string) => edit(join(story(), 'index.md'), (text) => text.replace('./bars.png', `./${name}`));

/** The loader's error message, or '' when it loads. */
async function loadProblems(): Promise<string> {
  try {
    await contentLayer(content).load();
    return '';
  } catch (error) {
    return (error as Error).message;
  }
}

/** A file outside the content folder whose first line no message may show. */
function secretOutside(name = 'secret.jpg'): string {
  const file = join(temporaryFolder('outside'), name);
  writeFileSync(file, 'SECRET-MARKER first line\nsecond line\n');
  return file;
}

describe('a photo that does not decode', () => {
  it.each([
    [
      'a 40,000 × 40,000 px bomb',
      'bomb.png',
      () => imageBomb(),
      'the image is 40,000 × 40,000 px (1,600 megapixels), over the limit of 120 megapixels',
    ],
    ['a JPEG cut short', 'cut.jpg', truncatedJpeg, 'the image cannot be decoded: the file is damaged or cut short'],
    [
      'an SVG named .jpg',
      'drawing.jpg',
      () => svgNamedJpeg(),
      'the file is an SVG drawing, not a JPEG, PNG, WebP, AVIF, GIF or TIFF image',
    ],
    ['an empty file', 'empty.jpg', () => Buffer.alloc(0), 'the file is empty; copy the image again'],
    ['an animated GIF', 'moving.gif', animatedGif, 'the image is animated (2 frames), and the site publishes stills'],
  ])('stops the build naming the article, photo › src, the file and the reason: %s', async (_, name, bytes, reason) => {
    writeFileSync(join(story(), name), await bytes());
    photoNamed(name);
    const problems = await loadProblems();
    expect(problems).toMatch(
      new RegExp(
        `synthetic-photo-story/index\\.md:\\d+:\\d+\\n {2}photo › src: \\S*synthetic-photo-story/${name}: ${reason.replace(/[()×.,]/g, '\\$&')}`,
      ),
    );
    expect(problems).not.toMatch(/_astro/);
  });
});

describe('an image in the body that does not decode', () => {
  it.each([
    ['a PNG cut short', 'cut.png', truncatedPng, 'the file is damaged or cut short'],
    ['a bomb', 'bomb.png', async () => Promise.resolve(imageBomb()), '40,000 × 40,000 px'],
  ])('stops the build naming the article, the line and the reason: %s', async (_, name, bytes, reason) => {
    writeFileSync(join(story(), name), await bytes());
    bodyImageNamed(name);
    expect(await loadProblems()).toMatch(
      new RegExp(`synthetic-photo-story/index\\.md:23\\n {2}body: \\S*synthetic-photo-story/${name}: .*${reason}`),
    );
  });
});

describe('a link out of the content folder', () => {
  it('as the photo: refused, naming the article and field, never printing the linked file', async () => {
    symlinkSync('/etc/passwd', join(story(), 'passwd.jpg'));
    photoNamed('passwd.jpg');
    const problems = await loadProblems();
    expect(problems).toMatch(
      /synthetic-photo-story\/index\.md:\d+:\d+\n {2}photo › src: \S*synthetic-photo-story\/passwd\.jpg is a symbolic link to a file outside the content folder, which the build never publishes/,
    );
    expect(problems).not.toMatch(/root:|\/etc\/passwd/);
  });

  it('as a body image: refused at its line', async () => {
    symlinkSync(secretOutside(), join(story(), 'secret.jpg'));
    bodyImageNamed('secret.jpg');
    const problems = await loadProblems();
    expect(problems).toMatch(
      /synthetic-photo-story\/index\.md:23\n {2}body: \S*synthetic-photo-story\/secret\.jpg is a symbolic link to a file outside the content folder/,
    );
    expect(problems).not.toMatch(/SECRET-MARKER|outside-/);
  });

  it('as a body image that is a real image: refused all the same', async () => {
    const outside = join(temporaryFolder('outside'), 'real.jpg');
    writeFileSync(outside, await noisyJpeg());
    symlinkSync(outside, join(story(), 'real.jpg'));
    bodyImageNamed('real.jpg');
    expect(await loadProblems()).toMatch(/body: \S*real\.jpg is a symbolic link to a file outside the content folder/);
  });

  it("as an author's portrait: refused under the author's file", async () => {
    const portrait = join(content, 'authors', 'fixture-reporter-one.jpg');
    rmSync(portrait);
    symlinkSync(secretOutside(), portrait);
    const problems = await loadProblems();
    expect(problems).toMatch(
      /authors\/fixture-reporter-one\.md\n {2}photo: \S*fixture-reporter-one\.jpg is a symbolic link to a file outside the content folder/,
    );
    expect(problems).not.toMatch(/SECRET-MARKER/);
  });

  it('as an article file: refused, never read', async () => {
    const outside = secretOutside('story.md');
    writeFileSync(outside, '---\nheadline: SECRET-MARKER\n---\n\nSECRET-MARKER\n');
    symlinkSync(outside, join(content, 'articles', 'linked-story.md'));
    const problems = await loadProblems();
    expect(problems).toMatch(
      /articles\/linked-story\.md\n {2}file: a symbolic link to a file outside the content folder and the project, which the build never reads; put the article itself there/,
    );
    expect(problems).not.toMatch(/SECRET-MARKER/);
  });
});

describe("an author's portrait that does not decode", () => {
  it("stops the build under the author's file", async () => {
    writeFileSync(join(content, 'authors', 'fixture-reporter-one.jpg'), await truncatedJpeg());
    expect(await loadProblems()).toMatch(
      /authors\/fixture-reporter-one\.md\n {2}photo: \S*fixture-reporter-one\.jpg: the image cannot be decoded/,
    );
  });
});

describe('an image replaced in place', () => {
  it('is checked again though its article is unchanged', async () => {
    const layer = contentLayer(content);
    await layer.load();
    writeFileSync(join(story(), 'bars.png'), await truncatedPng());
    await expect(layer.load()).rejects.toThrow(/body: \S*bars\.png: the image cannot be decoded/);
  });
});

describe('a control character written as a YAML escape', () => {
  it.each([
    ['headline', '"An \\e[31m escape"', 'headline', 'U+001B'],
    ['dek', '"\\x01"', 'dek', 'U+0001'],
    ['dateline', '"LONDON\\x85"', 'dateline', 'U+0085'],
    ['tags', '["Bell \\a"]', 'tags #1', 'U+0007'],
  ])('in %s of an article: refused at its line, naming the field and the character', async (field, yaml, label, code) => {
    edit(join(content, 'articles', 'synthetic-library-hours.md'), (text) =>
      text.replace(new RegExp(`^${field}: .*\n`, 'm'), '').replace(/^section: /m, `${field}: ${yaml}\nsection: `),
    );
    expect(await loadProblems()).toMatch(
      new RegExp(
        `synthetic-library-hours\\.md:\\d+:\\d+\\n {2}${label}: a control character \\(${code.replace('+', '\\+')}\\), written as an escape in the YAML`,
      ),
    );
  });

  it("in an author's file: refused under the file, naming the field", async () => {
    edit(join(content, 'authors', 'fixture-reporter-one.md'), (text) =>
      text.replace('role: Synthetic staff reporter', 'role: "Staff\\x01 reporter"'),
    );
    expect(await loadProblems()).toMatch(/authors\/fixture-reporter-one\.md\n {2}role: a control character \(U\+0001\)/);
  });

  it('in the sections registry: refused, naming the section and field', async () => {
    edit(join(content, 'sections.yaml'), (text) => text.replace('description: News from around the world.', 'description: "News\\x7f"'));
    expect(await loadProblems()).toMatch(/sections\.yaml\n {2}#1 › description: a control character \(U\+007F\)/);
  });
});

describe('a web address with a user name or password', () => {
  it("in an author's sameAs and url: refused under the author's file, naming each field", async () => {
    edit(join(content, 'authors', 'fixture-reporter-one.md'), (text) =>
      text.replace('sameAs:\n', 'url: https://staff:hunter2@news.example/one\nsameAs:\n  - https://one@social.example/profile\n'),
    );
    const problems = await loadProblems();
    expect(problems).toMatch(
      /authors\/fixture-reporter-one\.md\n {2}url: must not hold a user name or password \("user:password@" before the host\)/,
    );
    expect(problems).toMatch(/\n {2}sameAs › #1: must not hold a user name or password/);
    expect(problems).not.toMatch(/hunter2/);
  });
});

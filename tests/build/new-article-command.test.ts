/** `npm run new` writes a draft with the required fields, and refuses what it cannot write. Each run of it takes seconds on a busy machine, hence the timeouts. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArticleSource } from '#lib/content/frontmatter.ts';
import { filesUnder } from '../support/site-build.ts';

let content = '';
const newArticle = (...args: string[]) =>
  spawnSync('npm', ['run', '--silent', 'new', '--', ...args], {
    env: { ...process.env, CONTENT_DIR: content, NO_COLOR: '1' },
    encoding: 'utf8',
  });

beforeAll(() => {
  content = join(mkdtempSync(join(tmpdir(), 'new-article-')), 'content');
  cpSync('content', content, { recursive: true });
});

afterAll(() => {
  if (content) rmSync(dirname(content), { recursive: true, force: true });
});

describe('npm run new', { timeout: 30_000 }, () => {
  it('writes a draft with the registered section and author, and prints the file and the address', () => {
    const result = newArticle('Councils weigh a new budget', '--section', 'world', '--by', 'the washington post');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Wrote .*articles\/councils-weigh-a-new-budget\.md \(a draft/);
    expect(result.stdout).toMatch(/It will be at https:\/\/news\.example\.com\/world\/\d{4}\/\d{2}\/\d{2}\/councils-weigh-a-new-budget\//);
    const { frontmatter } = parseArticleSource(readFileSync(join(content, 'articles', 'councils-weigh-a-new-budget.md'), 'utf8'));
    expect(frontmatter).toMatchObject({
      headline: 'Councils weigh a new budget',
      section: 'World',
      byline: [{ name: 'The Washington Post' }],
      draft: true,
    });
  });

  it('refuses a slug that exists', () => {
    const result = newArticle('Councils weigh a new budget', '--section', 'World', '--by', 'The Washington Post');
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('councils-weigh-a-new-budget.md already exists; choose another slug with --slug');
  });

  it('refuses an unregistered section with a did-you-mean', () => {
    const result = newArticle('Another story', '--section', 'Wolrd', '--by', 'The Washington Post');
    expect(result.stderr).toContain('"Wolrd" is not a registered section (did you mean "World"?)');
  });

  it('credits a name with no author page when told it is a one-off', () => {
    const result = newArticle('A guest column', '--section', 'World', '--by', 'A Guest Writer', '--one-off');
    expect(result.status).toBe(0);
    const { frontmatter } = parseArticleSource(readFileSync(join(content, 'articles', 'a-guest-column.md'), 'utf8'));
    expect(frontmatter['byline']).toEqual([{ name: 'A Guest Writer', oneOff: true }]);
  });

  it.each([
    ['a folder article, <slug>/index.md', 'taken-as-folder/index.md'],
    ['a file in a folder of its own', '2024/taken-in-a-folder.md'],
    ['a folder article in a folder', '2024/03/taken-deep/index.md'],
  ])('refuses a slug %s already has, since the build reads slugs site-wide', (_, existing) => {
    mkdirSync(join(content, 'articles', dirname(existing)), { recursive: true });
    writeFileSync(join(content, 'articles', existing), '---\nheadline: Taken\n---\n');
    const slug = existing
      .replace(/\/index\.md$|\.md$/, '')
      .split('/')
      .at(-1)!;
    const result = newArticle('Taken again', '--slug', slug, '--section', 'World', '--by', 'The Washington Post');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `articles/${existing} already exists; choose another slug with --slug (slugs are read from every folder under articles/)`,
    );
    expect(existsSync(join(content, 'articles', `${slug}.md`))).toBe(false);
  });

  it.each([
    [
      'a 10,000-character headline',
      ['x'.repeat(10_000), '--by', 'The Washington Post'],
      'headline: headline is 10,000 characters, over the limit of 300',
    ],
    ['a one-off name with markup', ['A column', '--by', 'A <Guest>', '--one-off'], 'name: name must be plain text'],
  ])('refuses %s as the build would, writing nothing', (_, args, problem) => {
    const result = newArticle(...args, '--slug', 'refused-story', '--section', 'World');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('the build would refuse this article, so nothing was written');
    expect(result.stderr).toContain(problem);
    expect(existsSync(join(content, 'articles', 'refused-story.md'))).toBe(false);
  });

  it.each([['--help'], ['-h']])('prints its usage for %s, and exits 0', (flag) => {
    const result = newArticle(flag);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('npm run new -- "Headline of the story" --section <section> --by "<author>"');
  });

  it('refuses an unknown option with its usage, not a stack trace', () => {
    const result = newArticle('A story', '--sectoin', 'World');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("npm run new: Unknown option '--sectoin'");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

// Each headline's round trip through the file is checked without a process, in
// tests/unit/content/new-article.test.ts; here, once, that the command runs none of it.
describe('npm run new with a headline a shell, YAML or HTML would read as code', { timeout: 30_000 }, () => {
  it('writes it into one new draft in articles/ exactly as typed, and runs nothing', () => {
    const ran = join(dirname(content), 'ran');
    const headline = `../../x $(touch ${ran}-dollar) \`touch ${ran}-backtick\` "q" 'a': #h &a *a !!js/function <b>b</b> &amp; 🙂`;
    const before = filesUnder(dirname(content));
    const result = newArticle(headline, '--section', 'World', '--by', 'The Washington Post');
    expect(result.status, result.stderr).toBe(0);
    const written = filesUnder(dirname(content)).filter((file) => !before.includes(file));
    expect(written).toEqual([expect.stringMatching(/^content\/articles\/[a-z0-9-]+\.md$/)]);
    expect(parseArticleSource(readFileSync(join(dirname(content), written[0]!), 'utf8')).frontmatter['headline']).toBe(headline);
    expect(existsSync(`${ran}-dollar`) || existsSync(`${ran}-backtick`)).toBe(false);
  });

  it.each([
    ['only emoji', ['🙂🎉'], 'the headline gives no file name of letters a-z and digits; give one with --slug'],
    ['a slug that climbs out of articles/', ['Slug escape', '--slug', '../escape'], '"../escape" cannot be a file name'],
  ])('refuses a headline or slug of %s, writing nothing', (_, args, problem) => {
    const before = filesUnder(dirname(content));
    const result = newArticle(...args, '--section', 'World', '--by', 'The Washington Post');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(problem);
    expect(filesUnder(dirname(content))).toEqual(before);
  });
});

describe('npm run new --photo', { timeout: 30_000 }, () => {
  const photo = 'tests/fixtures/site-content/articles/synthetic-photo-story/photo.jpg';

  it('makes the article a folder with a copy of the photo beside it and its fields written', () => {
    const result = newArticle(
      'Harbour opens at dawn',
      '--section',
      'World',
      '--by',
      'The Washington Post',
      '--photo',
      photo,
      '--alt',
      'Boats at a pier at dawn',
      '--caption',
      'The harbour at dawn.',
      '--credit',
      'A. Photographer',
    );
    expect(result.status, result.stderr).toBe(0);
    const folder = join(content, 'articles', 'harbour-opens-at-dawn');
    expect(readFileSync(join(folder, 'photo.jpg')).equals(readFileSync(photo))).toBe(true);
    expect(parseArticleSource(readFileSync(join(folder, 'index.md'), 'utf8')).frontmatter['photo']).toEqual({
      src: './photo.jpg',
      alt: 'Boats at a pier at dawn',
      caption: 'The harbour at dawn.',
      credit: 'A. Photographer',
    });
  });

  it('refuses a photo without the alt text, caption and credit the build requires, writing nothing', () => {
    const result = newArticle(
      'Harbour closes at dusk',
      '--section',
      'World',
      '--by',
      'The Washington Post',
      '--photo',
      photo,
      '--caption',
      'Dusk.',
    );
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(
      '--photo needs --alt, --credit too: the build refuses a photo without its alt text, caption and credit',
    );
    expect(existsSync(join(content, 'articles', 'harbour-closes-at-dusk'))).toBe(false);
  });

  it('refuses a file that is not an image, as the build would, writing nothing', () => {
    const notAnImage = join(dirname(content), 'drawing.jpg');
    writeFileSync(notAnImage, '<svg xmlns="http://www.w3.org/2000/svg"/>');
    const result = newArticle(
      'Harbour map',
      '--section',
      'World',
      '--by',
      'The Washington Post',
      '--photo',
      notAnImage,
      '--alt',
      'A map',
      '--caption',
      'A map.',
      '--credit',
      'Desk',
    );
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/drawing\.jpg: the file is not an image the site can read/);
    expect(existsSync(join(content, 'articles', 'harbour-map'))).toBe(false);
  });
});

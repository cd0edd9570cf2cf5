/**
 * Bad input stops the build with a message naming the file, the field and the
 * problem; every bad file is reported in the same run, and nothing is written.
 * One build over a folder of bad entries, one entry per class of mistake.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { imageBomb, svgNamedJpeg, truncatedJpeg, truncatedPng } from '../support/bad-images.ts';

const FIXTURES = 'tests/fixtures/bad-content';
let output = '';
let exitCode: number | null = null;
let outDir = '';

const FRONTMATTER = '---\nheadline: Generated\nbyline:\n  - name: Fixture Reporter\ndate: 2023-06-01\nsection: Testing\n---\n\n';

/** Bad entries too big to keep in the repository, written for the run (their names are in .gitignore). */
const GENERATED: Record<string, string> = {
  'generated-too-large.md': `${FRONTMATTER}${'All work and no play makes a very long article. '.repeat(12_000)}\n`,
  'generated-deep-quotes.md': `${FRONTMATTER}Intro.\n\n${'>'.repeat(2000)} deep\n`,
  'generated-deep-lists.md': `${FRONTMATTER}${Array.from({ length: 300 }, (_, level) => `${'  '.repeat(level)}- item`).join('\n')}\n`,
  'generated-deep-html.md': `${FRONTMATTER}${'<div>'.repeat(2000)}deep${'</div>'.repeat(2000)}\n`,
};

const photoStory = (photo: string) =>
  `${FRONTMATTER.replace('section: Testing\n', `section: Testing\nphoto:\n  src: ./${photo}\n  alt: A photo.\n  caption: A caption.\n  credit: A credit\n`)}Body.\n`;

/** A file outside the content folder whose text no message may show, and which nothing may publish. */
const OUTSIDE = join(mkdtempSync(join(tmpdir(), 'outside-content-')), 'secret.jpg');

/**
 * Bad files that are binary or links (made for the run; their names are in .gitignore): images
 * that do not decode, and links out of the content folder, to a system file and to one of ours.
 */
async function writeBadFiles(): Promise<void> {
  writeFileSync(OUTSIDE, 'SECRET-MARKER: the first line of a file outside the content folder\n');
  const articles = join(FIXTURES, 'articles');
  const photos: Record<string, [string, Buffer | undefined]> = {
    'generated-photo-bomb': ['bomb.png', imageBomb()],
    'generated-photo-cut-short': ['cut.jpg', await truncatedJpeg()],
    'generated-photo-svg': ['drawing.jpg', svgNamedJpeg()],
    'generated-photo-empty': ['empty.jpg', Buffer.alloc(0)],
    'generated-photo-linked-outside': ['passwd.jpg', undefined],
  };
  for (const [folder, [name, bytes]] of Object.entries(photos)) {
    mkdirSync(join(articles, folder));
    writeFileSync(join(articles, folder, 'index.md'), photoStory(name));
    if (bytes) writeFileSync(join(articles, folder, name), bytes);
    else symlinkSync('/etc/passwd', join(articles, folder, name));
  }
  mkdirSync(join(articles, 'generated-body-images'));
  writeFileSync(join(articles, 'generated-body-images', 'cut.png'), await truncatedPng());
  symlinkSync(OUTSIDE, join(articles, 'generated-body-images', 'secret.jpg'));
  writeFileSync(
    join(articles, 'generated-body-images', 'index.md'),
    `${FRONTMATTER}Intro.\n\n![A cut-short chart.](./cut.png)\n\n![A secret.](./secret.jpg)\n`,
  );
  symlinkSync(OUTSIDE, join(articles, 'generated-linked-outside.md'));
  const authors = join(FIXTURES, 'authors');
  symlinkSync(OUTSIDE, join(authors, 'generated-portrait.jpg'));
  writeFileSync(
    join(authors, 'generated-portrait-linked-outside.md'),
    '---\nname: Linked Portrait\nkind: person\nphoto: ./generated-portrait.jpg\n---\n\nBio.\n',
  );
  writeFileSync(
    join(authors, 'generated-credentials.md'),
    '---\nname: Credentialed\nkind: person\nurl: https://staff:hunter2@news.example/staff\nsameAs:\n  - https://social.example/@fine\n  - https://me@social.example/profile\n---\n\nBio.\n',
  );
  writeFileSync(
    join(authors, 'generated-escaped-role.md'),
    '---\nname: Escaped\nkind: person\nrole: "Staff\\x1b[2J reporter"\n---\n\nBio.\n',
  );
}

/** Removes every generated file from the fixtures (a run stopped half-way leaves some). */
function removeGenerated(): void {
  for (const folder of ['articles', 'authors'])
    for (const name of readdirSync(join(FIXTURES, folder)))
      if (name.startsWith('generated-')) rmSync(join(FIXTURES, folder, name), { recursive: true, force: true });
}

beforeAll(async () => {
  removeGenerated();
  for (const [name, text] of Object.entries(GENERATED)) writeFileSync(join(FIXTURES, 'articles', name), text);
  await writeBadFiles();
  outDir = join(mkdtempSync(join(tmpdir(), 'bad-build-')), 'dist');
  // A previous good build in the output folder, which a failed build must leave as it was.
  mkdirSync(outDir);
  writeFileSync(join(outDir, 'index.html'), 'previous good build');
  const result = spawnSync('npm', ['run', 'build', '--', '--outDir', outDir], {
    env: { ...process.env, CONTENT_DIR: FIXTURES, FORCE_COLOR: '0', NO_COLOR: '1' },
    encoding: 'utf8',
  });
  exitCode = result.status;
  output = `${result.stdout}\n${result.stderr}`;
}, 120_000);

afterAll(() => {
  removeGenerated();
  rmSync(dirname(OUTSIDE), { recursive: true, force: true });
  if (outDir) rmSync(dirname(outDir), { recursive: true, force: true });
});

/** A problem as the build reports it: the file (with :line:column where known), then the problem, indented. */
const reported = (where: string, problem: string) => `${FIXTURES}/articles/${where}\n  ${problem}`;

/** The lines reported under one file (in every block headed by it, with or without :line:column), up to the next file. */
function reportFor(file: string): string {
  const header = `${FIXTURES}/articles/${file}`;
  const lines = output.split('\n');
  return lines
    .flatMap((line, index) => {
      if (!line.startsWith(header) || !/^(:\d+(:\d+)?)?$/.test(line.slice(header.length))) return [];
      const block = lines.slice(index + 1);
      const end = block.findIndex((next) => !next.startsWith('  '));
      return block.slice(0, end < 0 ? undefined : end);
    })
    .join('\n');
}

describe('a build over bad entries', () => {
  it('fails with a non-zero exit code', () => {
    expect(exitCode).not.toBe(0);
  });

  it('leaves no half-built staging folder behind', () => {
    expect(existsSync(`${outDir}.staging`)).toBe(false);
  });

  it('leaves the previous build in the output folder untouched', () => {
    expect(readdirSync(outDir)).toEqual(['index.html']);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('previous good build');
  });

  it('names the file and line of a control character, and the character', () => {
    expect(output).toContain(`${FIXTURES}/articles/control-character.md:9\n  text: a control character (U+0001) no article needs`);
  });

  it('names the file and line of a tag name in prose that would swallow the text after it, and the fix', () => {
    expect(output).toContain(
      `${FIXTURES}/articles/tag-name-in-prose.md:11\n  body: the <template> element would be removed with the text inside it ("element, which the browser`,
    );
    expect(output).toContain('write it as code (`<template>`) or as &lt;template>');
  });

  it.each([
    [11, 'script', 'v01'],
    [13, 'script', 'v02'],
    [15, 'svg', 'v12'],
    [17, 'math', 'v13'],
    [19, 'form', 'v17'],
    [21, 'style', 'v18'],
  ])('refuses hostile markup carrying text, at line %i: <%s> (%s)', (line, element, vector) => {
    expect(output).toMatch(
      new RegExp(
        `hostile-markup-with-text\\.md:${line}\\n {2}body: the <${element}> element would be removed with the text inside it \\(".*${vector}`,
      ),
    );
  });

  it.each([
    ['windows-1252.md:9', 'text: the file is not UTF-8 text (read as Windows-1252, the byte 0x93 is "“"'],
    ['utf-16.md', 'text: the file is UTF-16 (little-endian) text; save it as UTF-8'],
    ['upper-case-extension.MD', 'file name: articles are read from files ending in ".md" (lowercase)'],
    ['long-extension.markdown', 'file name: articles are read from files ending in ".md" (lowercase)'],
  ])('says what is wrong with %s rather than skipping it or misreading it', (file, problem) => {
    expect(output).toContain(reported(file, problem));
  });

  it.each([
    [
      'generated-too-large.md',
      'size: the file is 563 KB, over the limit of 512 KB (the longest long reads are about 200 KB); split it into parts',
    ],
    ['generated-deep-quotes.md:11', 'body: quotes, lists or HTML elements nested 2000 deep, over the limit of 16; flatten them'],
    ['generated-deep-lists.md:308', 'body: quotes, lists or HTML elements nested 300 deep, over the limit of 16; flatten them'],
    ['generated-deep-html.md:9', 'body: quotes, lists or HTML elements nested 2000 deep, over the limit of 16; flatten them'],
  ])('refuses %s over a limit, naming the limit and the measured value', (file, problem) => {
    expect(output).toContain(reported(file, problem));
  });

  it.each([
    ['misspelt-section.md:6:1', 'section: "Tesitng" is not a registered section (did you mean "Testing"?). Registered: Testing.'],
    [
      'misspelt-author.md:5:5',
      'byline #2 ("Fixture Reportr") › name: "Fixture Reportr" is not a registered author (did you mean "Fixture Reporter"?).',
    ],
    [
      'byline-without-accents.md:4:5',
      'byline #1 ("Jose Perez") › name: "Jose Perez" is not a registered author (did you mean "José Pérez"?).',
    ],
    [
      'byline-names-two-authors.md:4:5',
      'byline #1 ("synthetic-desk") › name: "synthetic-desk" names more than one registered author: "synthetic-desk" (tests/fixtures/bad-content/authors/desk-account.md) and "Synthetic Desk" (tests/fixtures/bad-content/authors/synthetic-desk.md); write the slug of the one you mean ("desk-account" or "synthetic-desk"), or rename one of them',
    ],
    [
      'registered-author-restated.md:5:5',
      'byline #1 ("fixture reporter") › kind: kind of a registered author come from tests/fixtures/bad-content/authors/fixture-reporter.md; remove it here',
    ],
  ])('checks names against the registries: %s', (where, problem) => {
    expect(output).toContain(reported(where, problem));
  });

  it.each([
    [
      'broken-yaml.md:3:1',
      'frontmatter: the frontmatter is not valid YAML (deficient indentation). The usual cause: a value containing ": "',
    ],
    ['misspelt-field.md:7:1', 'unknown field "dateLine" (did you mean "dateline"?)'],
    ['javascript-related-url.md:9:5', 'relatedLinks #1 ("Click") › url: must be'],
    ['related-link-nowhere.md:9:5', 'relatedLinks #1 ("Nowhere") › url: "/nowhere/" is not a page on this site'],
  ])('places a problem at its line and column: %s', (where, problem) => {
    expect(output).toContain(reported(where, problem));
  });

  it.each([
    ['hostile-markup-with-text.md:25', 'body: "x" is not an image file'],
    ['hostile-markup-with-text.md:27', 'body: the image "javascript:alert(\'v28\')" is on another site'],
    [
      'hostile-markup-with-text.md:29',
      'body: the image "https://images.example.org/v36.jpg" is on another site: download it into the article\'s folder',
    ],
    ['hostile-markup-with-text.md:31', 'body: there is no image file tests/fixtures/bad-content/articles/missing-inline.jpg'],
  ])('refuses a body image that is not a file beside the article: %s', (where, problem) => {
    expect(output).toContain(reported(where, problem));
  });

  it.each([
    [
      'generated-photo-bomb',
      'bomb.png',
      'the image is 40,000 × 40,000 px (1,600 megapixels), over the limit of 120 megapixels; export a smaller copy',
    ],
    [
      'generated-photo-cut-short',
      'cut.jpg',
      'the image cannot be decoded: the file is damaged or cut short (an interrupted download or copy?); copy or export it again',
    ],
    [
      'generated-photo-svg',
      'drawing.jpg',
      'the file is an SVG drawing, not a JPEG, PNG, WebP, AVIF, GIF or TIFF image, though its name says so',
    ],
    ['generated-photo-empty', 'empty.jpg', 'the file is empty; copy the image again'],
  ])('refuses a photo that does not decode, naming the article, the field and the file: %s', (folder, name, problem) => {
    expect(reportFor(`${folder}/index.md`)).toContain(`  photo › src: ${FIXTURES}/articles/${folder}/${name}: ${problem}`);
  });

  it('refuses an image in the body that does not decode, at its line', () => {
    expect(output).toContain(
      reported(
        'generated-body-images/index.md:11',
        `body: ${FIXTURES}/articles/generated-body-images/cut.png: the image cannot be decoded`,
      ),
    );
  });

  it('never names an image by its /_astro/ copy, nor fails at the share cards', () => {
    expect(output).not.toMatch(/_astro|share images/);
  });

  it.each([
    [
      'photo, linked to a system file',
      'generated-photo-linked-outside/index.md',
      'photo › src: tests/fixtures/bad-content/articles/generated-photo-linked-outside/passwd.jpg is a symbolic link',
    ],
    [
      'body image',
      'generated-body-images/index.md:13',
      'body: tests/fixtures/bad-content/articles/generated-body-images/secret.jpg is a symbolic link',
    ],
  ])('refuses a %s out of the content folder', (_, where, problem) => {
    const [file] = where.split(':');
    expect(reportFor(file!)).toContain(`  ${problem} to a file outside the content folder, which the build never publishes`);
    expect(output).toContain(`${FIXTURES}/articles/${where}`);
  });

  it("refuses an author's portrait and an article file linked out of the content folder", () => {
    expect(output).toContain(
      `${FIXTURES}/authors/generated-portrait-linked-outside.md\n  photo: ${FIXTURES}/authors/generated-portrait.jpg is a symbolic link to a file outside the content folder`,
    );
    expect(output).toContain(
      reported(
        'generated-linked-outside.md',
        'file: a symbolic link to a file outside the content folder and the project, which the build never reads',
      ),
    );
  });

  it('never prints what a linked file holds', () => {
    expect(output).not.toMatch(/SECRET-MARKER|root:x:0/);
  });

  const CREDENTIALS =
    'must not hold a user name or password ("user:password@" before the host): the page would publish them for anyone to read';

  it.each([
    ['the url of a one-off credit', 'credentials-in-addresses.md:7:5', 'byline #1 ("Wire Service") › url'],
    ['the source', 'credentials-in-addresses.md:12:3', 'source › url'],
    ['a related link', 'credentials-in-addresses.md:15:5', 'relatedLinks #1 ("Related") › url'],
  ])('refuses a user name or password in %s, naming the field', (_, where, field) => {
    expect(output).toContain(reported(where, `${field}: ${CREDENTIALS}`));
  });

  it('refuses a user name or password in a link in the body, naming the host only', () => {
    expect(output).toContain(reported('credentials-in-body-link.md:9', 'body: the link to example.org has a user name or password in it'));
  });

  it("refuses a user name or password in an author's url and sameAs, naming each field", () => {
    expect(output).toContain(`${FIXTURES}/authors/generated-credentials.md\n  url: ${CREDENTIALS}`);
    expect(output).toMatch(/\n {2}sameAs › #2: must not hold a user name or password/);
    expect(output).not.toMatch(/hunter2|wire-password|s3cret/);
  });

  it.each([
    ['escaped-control-characters.md:2:1', 'headline', 'U+001B'],
    ['escaped-control-characters.md:3:1', 'dek', 'U+0001'],
    ['escaped-control-characters.md:8:8', 'tags #1', 'U+0085'],
    ['escaped-control-characters.md:10:5', 'relatedLinks #1 ("A title with a bell \uFFFD") › title', 'U+0007'],
  ])('refuses a control character written as a YAML escape: %s (%s)', (where, field, code) => {
    expect(output).toContain(reported(where, `${field}: a control character (${code}), written as an escape in the YAML`));
  });

  it('refuses a control character made by a character reference in raw HTML, at its line', () => {
    expect(output).toContain(
      reported('control-character-reference.md:11', 'body: a character reference in the HTML makes a control character (U+001B)'),
    );
  });

  it("refuses a control character written as a YAML escape in an author's file", () => {
    expect(output).toContain(
      `${FIXTURES}/authors/generated-escaped-role.md\n  role: a control character (U+001B), written as an escape in the YAML`,
    );
  });

  it('shows no stack trace and no internal file', () => {
    expect(output).not.toMatch(/Stack trace|^\s+at |src\/lib\/|node_modules|Hint:/m);
  });

  it('says that a hidden file is skipped, and why', () => {
    expect(output).toMatch(/articles\/\.hidden-draft\.md: skipped, not published: a name starting with "\." is a hidden file/);
  });

  it('says a missing section once, not again as the section slug the build fills in', () => {
    expect(reportFor('missing-section.md')).not.toMatch(/sectionSlug/);
  });

  it('reports every bad file in one run', () => {
    expect(output).toMatch(/85 problems in the content; nothing was built/);
  });

  it.each([
    ['missing-headline.md', /^ {2}headline: headline is required$/m],
    ['empty-headline.md', /^ {2}headline: headline must not be empty/m],
    ['empty-byline.md', /^ {2}byline: .*at least one credit/m],
    ['impossible-date.md', /^ {2}date: "2020-02-30" is not a day of the calendar/m],
    ['timestamp-without-offset.md', /^ {2}date: "2020-01-02T10:00:00" has no offset from UTC/m],
    ['updated-before-date.md', /^ {2}updated: .*before date/m],
    ['javascript-related-url.md', /^ {2}relatedLinks #1 \("Click"\) › url: must be an absolute http/m],
    ['photo-src-without-alt.md', /^ {2}photo › alt: alt text is required/m],
    ['misspelt-field.md', /^ {2}unknown field "dateLine" \(did you mean "dateline"\?\)/m],
    ['misspelt-related-field.md', /^ {2}relatedLinks #1 \("A"\): unknown field "link"/m],
    ['missing-section.md', /^ {2}section: section is required$/m],
    ['data-url-source.md', /^ {2}source › url: must be an absolute http/m],
    ['no-frontmatter.md', /^ {2}frontmatter: the file must start with frontmatter/m],
    ['broken-yaml.md', /^ {2}frontmatter: the frontmatter is not valid YAML/m],
    ['Not A Slug.md', /^ {2}file name: "Not A Slug" cannot be an address/m],
    ['empty-body.md', /^ {2}body: the article has no text/m],
    ['related-link-nowhere.md', /^ {2}relatedLinks #1 \("Nowhere"\) › url: "\/nowhere\/" is not a page on this site/m],
    [
      'photo-file-missing.md',
      /^ {2}photo › src: there is no file tests\/fixtures\/bad-content\/articles\/missing\.jpg; put the photo beside the article/m,
    ],
    [
      'photo-src-elsewhere.md',
      /^ {2}photo › src: must be a file beside the article, not an address: download the image into the article's folder/m,
    ],
    ['photo-src-site-path.md', /^ {2}photo › src: must be a file beside the article \(e\.g\. \.\/photo\.jpg\): make the article a folder/m],
    ['photo-size-typed.md', /^ {2}photo: unknown field "width"/m],
    ['claims-old-path-b.md', /^ {2}redirectFrom: "\/old\/shared\/" is already the redirectFrom path of .*claims-old-path-a\.md/m],
    ['same-slug.md', /^ {2}file name: "same-slug" is also the slug of .*elsewhere\/same-slug\.md/m],
    ['redirect-not-a-directory.md', /^ {2}redirectFrom #1: "\/old\/story\.html" must start and end with "\/"/m],
    [
      'redirect-rule-syntax.md',
      /^ {2}redirectFrom #1: "\/:section\/\*\/" contains ":", "\*"; static hosts read such characters in _redirects as rules/m,
    ],
    [
      'redirect-dot-segments.md',
      /^ {2}redirectFrom #1: "\/old\/%2e%2e\/testing\/" has a "%2e%2e" segment, which browsers resolve away \(they would ask for "\/testing\/"\)/m,
    ],
    [
      'markup-in-names.md',
      /^ {2}byline #1 \(.*\) › name: name must be plain text: "<" and ">" are not allowed.*\n {2}section: section must be plain text/m,
    ],
    ['redirect-takes-over-search.md', /^ {2}redirectFrom: "\/search\/" is an address the site serves itself/m],
    [
      'redirect-takes-over-public-file.md',
      /^ {2}redirectFrom: "\/favicon\.svg\/" is an address the site serves itself, written another way: \/favicon\.svg \(/m,
    ],
    [
      'redirect-takes-over-public-file.md',
      /^ {2}redirectFrom: "\/FAVICON\.SVG\/" is an address the site serves itself, written another way: \/favicon\.svg \(/m,
    ],
    ['redirect-takes-over-public-file.md', /^ {2}redirectFrom: "\/favicon\.svg\/old\/" lies under \/favicon\.svg, a file the site serves/m],
    [
      'redirect-takes-over-public-file.md',
      /^ {2}redirectFrom: "\/index\.html\/" is an address the site serves itself, written another way: \/ \(/m,
    ],
    ['redirect-takes-over-section.md', /^ {2}redirectFrom: "\/testing\/" is an address the site serves itself/m],
    [
      'redirect-takes-over-standing-page.md',
      /^ {2}redirectFrom: "\/about\/" is the address of the standing page tests\/fixtures\/bad-content\/pages\/about\.md;/m,
    ],
  ])('names %s and the field that is wrong', (file, problem) => {
    expect(reportFor(file)).toMatch(problem);
  });
});

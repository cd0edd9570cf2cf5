/**
 * Bad input stops the build with a message naming the file, the field and the
 * problem; every bad file is reported in the same run, and nothing is written.
 * One build over a folder of bad entries, one entry per class of mistake.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

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

beforeAll(() => {
  for (const [name, text] of Object.entries(GENERATED)) writeFileSync(join(FIXTURES, 'articles', name), text);
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
  for (const name of Object.keys(GENERATED)) rmSync(join(FIXTURES, 'articles', name));
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
    ['hostile-markup-with-text.md', 'body: there is no image file tests/fixtures/bad-content/articles/missing-inline.jpg'],
  ])('refuses a body image that is not a file beside the article: %s', (where, problem) => {
    expect(output).toContain(reported(where, problem));
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
    expect(output).toMatch(/60 problems in the content; nothing was built/);
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
    ['related-link-nowhere.md', /^ {2}relatedLinks\.0\.url: "\/nowhere\/" is not a page on this site/m],
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
    ['redirect-takes-over-section.md', /^ {2}redirectFrom: "\/testing\/" is an address the site serves itself/m],
    [
      'redirect-takes-over-standing-page.md',
      /^ {2}redirectFrom: "\/about\/" is the address of the standing page tests\/fixtures\/bad-content\/pages\/about\.md;/m,
    ],
  ])('names %s and the field that is wrong', (file, problem) => {
    expect(reportFor(file)).toMatch(problem);
  });
});

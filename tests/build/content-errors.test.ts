/**
 * Bad input stops the build with a message naming the file, the field and the
 * problem; every bad file is reported in the same run, and nothing is written.
 * One build over a folder of bad entries, one entry per class of mistake.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const FIXTURES = 'tests/fixtures/bad-content';
let output = '';
let exitCode: number | null = null;
let outDir = '';

beforeAll(() => {
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

/** The lines reported under one file, up to the next file. */
function reportFor(file: string): string {
  const start = output.indexOf(`${FIXTURES}/articles/${file}\n`);
  if (start < 0) return '';
  const rest = output.slice(start).split('\n').slice(1);
  const end = rest.findIndex((line) => !line.startsWith('  '));
  return rest.slice(0, end < 0 ? undefined : end).join('\n');
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

  it('reports every bad file in one run', () => {
    expect(output).toMatch(/30 problems in the content; nothing was built/);
  });

  it.each([
    ['missing-headline.md', /^ {2}headline: /m],
    ['empty-headline.md', /^ {2}headline: headline must not be empty/m],
    ['empty-byline.md', /^ {2}byline: .*at least one credit/m],
    ['impossible-date.md', /^ {2}date: "2020-02-30" is not a day of the calendar/m],
    ['timestamp-without-offset.md', /^ {2}date: "2020-01-02T10:00:00" is not a date; .*offset/m],
    ['updated-before-date.md', /^ {2}updated: .*before date/m],
    ['javascript-related-url.md', /^ {2}relatedLinks\.0\.url: must be an absolute http/m],
    ['photo-src-without-alt.md', /^ {2}photo\.alt: alt text is required/m],
    ['misspelt-field.md', /^ {2}unknown field "dateLine"/m],
    ['misspelt-related-field.md', /^ {2}relatedLinks\.0: unknown field "link"/m],
    ['missing-section.md', /^ {2}section: /m],
    ['data-url-source.md', /^ {2}source\.url: must be an absolute http/m],
    ['no-frontmatter.md', /^ {2}frontmatter: the file must start with frontmatter/m],
    ['broken-yaml.md', /^ {2}frontmatter: the frontmatter is not valid YAML/m],
    ['Not A Slug.md', /^ {2}file name: "Not A Slug" cannot be an address/m],
    ['empty-body.md', /^ {2}body: the article has no text/m],
    ['related-link-nowhere.md', /^ {2}relatedLinks\.0\.url: "\/nowhere\/" is not a page on this site/m],
    ['photo-file-missing.md', /^ {2}photo\.src: "\/photos\/missing\.jpg" is not a file in public\//m],
    ['photo-src-elsewhere.md', /^ {2}photo\.src: must be the site path of an image file/m],
    ['claims-old-path-b.md', /^ {2}redirectFrom: "\/old\/shared\/" is already the redirectFrom path of .*claims-old-path-a\.md/m],
    ['same-slug.md', /^ {2}file name: "same-slug" is also the slug of .*elsewhere\/same-slug\.md/m],
    ['redirect-not-a-directory.md', /^ {2}redirectFrom\.0: "\/old\/story\.html" must start and end with "\/"/m],
    [
      'redirect-rule-syntax.md',
      /^ {2}redirectFrom\.0: "\/:section\/\*\/" contains ":", "\*"; static hosts read such characters in _redirects as rules/m,
    ],
    [
      'redirect-dot-segments.md',
      /^ {2}redirectFrom\.0: "\/old\/%2e%2e\/testing\/" has a "%2e%2e" segment, which browsers resolve away \(they would ask for "\/testing\/"\)/m,
    ],
    [
      'markup-in-names.md',
      /^ {2}byline\.0\.name: name must be plain text: "<" and ">" are not allowed.*\n {2}section: section must be plain text/m,
    ],
    ['redirect-takes-over-search.md', /^ {2}redirectFrom: "\/search\/" is an address the site serves itself/m],
    ['redirect-takes-over-section.md', /^ {2}redirectFrom: "\/testing\/" is an address the site serves itself/m],
  ])('names %s and the field that is wrong', (file, problem) => {
    expect(reportFor(file)).toMatch(problem);
  });
});

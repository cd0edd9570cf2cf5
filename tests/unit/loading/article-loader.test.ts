import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleFileKind, schemaProblems } from '#lib/loading/article-loader.ts';
import { contentLayer, fixtureContentCopy } from '../../support/content-layer.ts';

describe('schemaProblems', () => {
  it('keeps the field lines of an Astro schema error without Markdown bold', () => {
    const message = '**articles → a** data does not match collection schema.\n\n  **headline**: headline must not be empty\n';
    expect(schemaProblems(message)).toBe('  headline: headline must not be empty');
  });

  it('keeps a problem with the whole frontmatter (an empty path) without a dangling colon', () => {
    expect(schemaProblems('****: unknown field "hedline": check the spelling against the frontmatter reference in README.md')).toBe(
      '  unknown field "hedline": check the spelling against the frontmatter reference in README.md',
    );
  });
});

describe('articleFileKind', () => {
  it.each([
    ['story.md', 'article'],
    ['2024/story.md', 'article'],
    ['story.MD', 'other Markdown'],
    ['story.Md', 'other Markdown'],
    ['story.markdown', 'other Markdown'],
    ['story.mdown', 'other Markdown'],
    ['.story.md', 'hidden'],
    ['.drafts/story.md', 'hidden'],
    ['.story.MD', 'hidden'],
    ['photo.jpg', 'other'],
    ['.DS_Store', 'other'],
    ['story.md.swp', 'other'],
  ])('%s is %s', (path, kind) => {
    expect(articleFileKind(path)).toBe(kind);
  });
});

describe('the summary the loader writes', () => {
  let content: string;
  let remove: () => void;
  beforeEach(() => {
    ({ content, remove } = fixtureContentCopy());
  });
  afterEach(() => remove());
  const file = () => join(content, 'articles', 'synthetic-library-hours.md');

  it('is the start of the body, for listings and feeds to show without reading the file', async () => {
    const layer = contentLayer(content);
    await layer.load();
    const firstWords = /\n---\n\s*(\S+ \S+ \S+)/.exec(readFileSync(file(), 'utf8'))![1]!;
    expect(layer.entries.get('synthetic-library-hours')?.data['summary']).toMatch(new RegExp(`^${firstWords}`));
  });

  it('is never the author’s: a summary in the frontmatter is refused, naming the field', async () => {
    writeFileSync(file(), readFileSync(file(), 'utf8').replace(/^section: /m, 'summary: My own words\nsection: '));
    await expect(contentLayer(content).load()).rejects.toThrow(/synthetic-library-hours\.md:\d+:\d+\n {2}summary: unknown field "summary"/);
  });
});

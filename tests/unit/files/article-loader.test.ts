import { describe, expect, it } from 'vitest';
import { articleFileKind, schemaProblems } from '#lib/files/article-loader.ts';

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

import { describe, expect, it } from 'vitest';
import { resolveRegisteredNames } from '#lib/content/registered-names.ts';
import type { RegisteredAuthor } from '#lib/content/authors.ts';

const sections = [
  { name: 'World', slug: 'world', description: 'W.', subsections: [{ name: 'The Americas', slug: 'the-americas', description: 'A.' }] },
  { name: 'Business', slug: 'business', description: 'B.', subsections: [] },
];
const authors: RegisteredAuthor[] = [
  { name: 'The Washington Post', slug: 'the-washington-post', kind: 'organization', sameAs: [], file: 'content/authors/the-washington-post.md' },
  { name: 'Ana Ruiz', slug: 'ana-ruiz', kind: 'person', url: 'https://example.org/ana', sameAs: [], file: 'content/authors/ana-ruiz.md' },
];
const resolve = (frontmatter: Record<string, unknown>) => resolveRegisteredNames(frontmatter, { sections, authors });

describe('sections', () => {
  it.each(['World', 'world', 'WORLD', 'world '])('stores %j in its registered form', (section) => {
    expect(resolve({ section }).frontmatter['section']).toBe('World');
  });

  it('refuses an unregistered section with a did-you-mean and the list', () => {
    expect(resolve({ section: 'Wolrd' }).problems).toEqual([
      {
        path: ['section'],
        message: '"Wolrd" is not a registered section (did you mean "World"?). Registered: World, Business. To add one, list it in content/sections.yaml',
      },
    ]);
  });

  it('stores a subsection in its registered form, and refuses one the section does not have', () => {
    expect(resolve({ section: 'world', subsection: 'the americas' }).frontmatter['subsection']).toBe('The Americas');
    expect(resolve({ section: 'Business', subsection: 'The Americas' }).problems[0]?.message).toMatch(
      /^"The Americas" is not a registered subsection of Business\. Registered: none yet/,
    );
  });
});

describe('bylines', () => {
  it('stores a registered author by name or slug in the registered form, with its kind and address', () => {
    const { frontmatter, problems } = resolve({ byline: [{ name: 'the washington post' }, { name: 'ana-ruiz', role: 'Reporter' }] });
    expect(problems).toEqual([]);
    expect(frontmatter['byline']).toEqual([
      { name: 'The Washington Post', kind: 'organization' },
      { name: 'Ana Ruiz', role: 'Reporter', kind: 'person', url: 'https://example.org/ana' },
    ]);
  });

  it('refuses an unregistered author with a did-you-mean and the way to credit a one-off', () => {
    const [problem] = resolve({ byline: [{ name: 'Ana Ruis' }] }).problems;
    expect(problem?.path).toEqual(['byline', 0, 'name']);
    expect(problem?.message).toMatch(/^"Ana Ruis" is not a registered author \(did you mean "Ana Ruiz"\?\)\..*add "oneOff: true" to the entry$/);
  });

  it('leaves a one-off credit as written', () => {
    const credit = { name: 'Reuters', kind: 'organization', oneOff: true };
    expect(resolve({ byline: [credit] })).toEqual({ frontmatter: { byline: [credit] }, problems: [] });
  });

  it('refuses a kind or url restated for a registered author', () => {
    expect(resolve({ byline: [{ name: 'Ana Ruiz', kind: 'person', url: 'https://x.example/' }] }).problems[0]?.message).toBe(
      'kind and url of a registered author come from content/authors/ana-ruiz.md; remove them here',
    );
  });
});

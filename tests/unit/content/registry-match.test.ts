import { describe, expect, it } from 'vitest';
import { ambiguousNameProblem, nearestName, registeredMatches, unknownNameProblem } from '#lib/content/registry-match.ts';

const sections = [
  { name: 'World', slug: 'world' },
  { name: 'The Americas', slug: 'the-americas' },
  { name: 'Business', slug: 'business' },
];

describe('registeredMatches', () => {
  it.each(['World', 'world', 'WORLD', ' world ', 'the americas', 'the-americas', 'The  Americas'])('finds %j', (typed) => {
    expect(registeredMatches(typed, sections)).toHaveLength(1);
  });

  it.each(['Wolrd', 'Worlds', 'Americas', '', 'The Americas!', 'the_americas'])('finds nothing for %j', (typed) => {
    expect(registeredMatches(typed, sections)).toEqual([]);
  });
});

/** Registered authors as the files give them: the file name is the slug, never derived from the name. */
const authors = [
  { name: 'José Pérez', slug: 'jose-perez', file: 'content/authors/jose-perez.md' },
  { name: 'Jose Perez', slug: 'jperez', file: 'content/authors/jperez.md' },
  { name: 'Ana María Ruiz', slug: 'ana-ruiz', file: 'content/authors/ana-ruiz.md' },
  { name: 'Ana Ruiz', slug: 'aruiz', file: 'content/authors/aruiz.md' },
  { name: 'Mark Smith', slug: 'mark-smith', file: 'content/authors/mark-smith.md' },
];
const matched = (typed: string) => registeredMatches(typed, authors).map((author) => author.file);

describe('registeredMatches: a byline names exactly one author, by the name as written or the file name', () => {
  it.each([
    ['José Pérez', 'content/authors/jose-perez.md'],
    ['Jose Perez', 'content/authors/jperez.md'],
    ['jose-perez', 'content/authors/jose-perez.md'],
    ['Ana Ruiz', 'content/authors/aruiz.md'],
    ['Ana María Ruiz', 'content/authors/ana-ruiz.md'],
    ['ana-ruiz', 'content/authors/ana-ruiz.md'],
    ['aruiz', 'content/authors/aruiz.md'],
  ])('%j is %s (accents and file names are not folded into another author)', (typed, file) => {
    expect(matched(typed)).toEqual([file]);
  });

  it('reads a name typed in NFD (as a Mac may save it) as the same name in NFC', () => {
    const decomposed = 'José Pérez'.normalize('NFD');
    expect(decomposed).not.toBe('José Pérez');
    expect(matched(decomposed)).toEqual(['content/authors/jose-perez.md']);
  });

  it('reads a name typed in full-width letters (as a Japanese or Chinese keyboard types them) as the same name', () => {
    expect(matched('Ａｎａ Ｒｕｉｚ')).toEqual(['content/authors/aruiz.md']);
  });

  it('finds a registered name typed in NFC when the file has it in NFD', () => {
    const decomposedFile = [{ name: 'Zoë Brown'.normalize('NFD'), slug: 'zoe-brown', file: 'content/authors/zoe-brown.md' }];
    expect(registeredMatches('Zoë Brown', decomposedFile)).toEqual(decomposedFile);
  });

  it.each(['Mark A. Smith', 'Mark Smith Jr', 'Marc Smith', 'Ana Ruíz', 'Ana Maria Ruiz', 'Jose Pérez'])(
    'finds no author for %j: a middle name, a suffix or a letter changed is another name',
    (typed) => {
      expect(matched(typed)).toEqual([]);
    },
  );

  it("finds both authors when one's name is the other's file name, for the caller to refuse", () => {
    const clash = [
      { name: 'aruiz', slug: 'the-aruiz-agency', file: 'content/authors/the-aruiz-agency.md' },
      { name: 'Ana Ruiz', slug: 'aruiz', file: 'content/authors/aruiz.md' },
    ];
    expect(registeredMatches('aruiz', clash)).toEqual(clash);
  });
});

describe('ambiguousNameProblem', () => {
  it('names both files and how to pick one', () => {
    expect(
      ambiguousNameProblem('author', 'Ana Ruiz', [
        authors[3]!,
        { name: 'Ana Ruiz', slug: 'ana-ruiz-2', file: 'content/authors/ana-ruiz-2.md' },
      ]),
    ).toBe(
      '"Ana Ruiz" names more than one registered author: "Ana Ruiz" (content/authors/aruiz.md) and "Ana Ruiz" (content/authors/ana-ruiz-2.md); ' +
        'write the slug of the one you mean ("aruiz" or "ana-ruiz-2"), or rename one of them',
    );
  });

  it('names sections, which share one file, by their slugs', () => {
    expect(
      ambiguousNameProblem('section', 'search-desk', [
        { name: 'Search', slug: 'search-desk' },
        { name: 'Search-Desk', slug: 'desk' },
      ]),
    ).toMatch(/^"search-desk" names more than one registered section: "Search" \(slug search-desk\) and "Search-Desk" \(slug desk\);/);
  });
});

describe('nearestName', () => {
  it.each([
    ['Wolrd', 'World'],
    ['wrld', 'World'],
    ['Busines', 'Business'],
    ['The Amercas', 'The Americas'],
  ])('suggests %s → %s', (typed, name) => {
    expect(nearestName(typed, sections)).toBe(name);
  });

  it.each(['Sports', 'Opinion', 'x'])('suggests nothing for an unrelated word, %s', (typed) => {
    expect(nearestName(typed, sections)).toBeUndefined();
  });
});

describe('unknownNameProblem', () => {
  it('names the value, the nearest name, the registered names and where to add one', () => {
    expect(unknownNameProblem('section', 'Wolrd', sections, 'content/sections.yaml')).toBe(
      '"Wolrd" is not a registered section (did you mean "World"?). Registered: World, The Americas, Business. To add one, list it in content/sections.yaml',
    );
  });
});

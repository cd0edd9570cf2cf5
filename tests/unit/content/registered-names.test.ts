import { describe, expect, it } from 'vitest';
import { resolveRegisteredNames } from '#lib/content/registered-names.ts';
import type { RegisteredAuthor } from '#lib/content/authors.ts';

const sections = [
  { name: 'World', slug: 'world', description: 'W.', subsections: [{ name: 'The Americas', slug: 'the-americas', description: 'A.' }] },
  { name: 'Business', slug: 'business', description: 'B.', subsections: [] },
];
const authors: RegisteredAuthor[] = [
  {
    name: 'The Washington Post',
    slug: 'the-washington-post',
    kind: 'organization',
    sameAs: [],
    file: 'content/authors/the-washington-post.md',
  },
  { name: 'Ana Ruiz', slug: 'ana-ruiz', kind: 'person', url: 'https://example.org/ana', sameAs: [], file: 'content/authors/ana-ruiz.md' },
];
const resolve = (frontmatter: Record<string, unknown>) => resolveRegisteredNames(frontmatter, { sections, authors });

describe('sections', () => {
  it.each(['World', 'world', 'WORLD', 'world '])('stores %j in its registered form, with its registered slug', (section) => {
    expect(resolve({ section }).frontmatter).toEqual({ section: 'World', sectionSlug: 'world' });
  });

  it('refuses an unregistered section with a did-you-mean and the list', () => {
    expect(resolve({ section: 'Wolrd' }).problems).toEqual([
      {
        path: ['section'],
        message:
          '"Wolrd" is not a registered section (did you mean "World"?). Registered: World, Business. To add one, list it in content/sections.yaml',
      },
    ]);
  });

  it('stores a subsection in its registered form, and refuses one the section does not have', () => {
    expect(resolve({ section: 'world', subsection: 'the americas' }).frontmatter).toMatchObject({
      subsection: 'The Americas',
      subsectionSlug: 'the-americas',
    });
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
      { name: 'The Washington Post', slug: 'the-washington-post', kind: 'organization' },
      { name: 'Ana Ruiz', slug: 'ana-ruiz', role: 'Reporter', kind: 'person', url: 'https://example.org/ana' },
    ]);
  });

  it('refuses an unregistered author with a did-you-mean and the way to credit a one-off', () => {
    const [problem] = resolve({ byline: [{ name: 'Ana Ruis' }] }).problems;
    expect(problem?.path).toEqual(['byline', 0, 'name']);
    expect(problem?.message).toMatch(
      /^"Ana Ruis" is not a registered author \(did you mean "Ana Ruiz"\?\)\..*add "oneOff: true" to the entry$/,
    );
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

/** Two people whose names differ by an accent or a middle name, and file names that are not the slugs of their names. */
const lookalikes: RegisteredAuthor[] = [
  { name: 'José Pérez', slug: 'jose-perez', kind: 'person', sameAs: [], file: 'content/authors/jose-perez.md' },
  { name: 'Jose Perez', slug: 'jperez', kind: 'person', sameAs: [], file: 'content/authors/jperez.md' },
  { name: 'Ana María Ruiz', slug: 'ana-ruiz', kind: 'person', sameAs: [], file: 'content/authors/ana-ruiz.md' },
  { name: 'Ana Ruiz', slug: 'aruiz', kind: 'person', sameAs: [], file: 'content/authors/aruiz.md' },
];
const credited = (name: string, authors = lookalikes) => {
  const { frontmatter, problems } = resolveRegisteredNames({ byline: [{ name }] }, { sections, authors });
  return { credit: (frontmatter['byline'] as unknown[])[0], problems: problems.map((problem) => problem.message) };
};

describe('bylines: one name, one author', () => {
  it.each([
    ['José Pérez', 'José Pérez', 'jose-perez'],
    ['Jose Perez', 'Jose Perez', 'jperez'],
    ['José Pérez'.normalize('NFD'), 'José Pérez', 'jose-perez'],
    ['Ana Ruiz', 'Ana Ruiz', 'aruiz'],
    ['Ana María Ruiz', 'Ana María Ruiz', 'ana-ruiz'],
    ['ana-ruiz', 'Ana María Ruiz', 'ana-ruiz'],
  ])('credits %j to %s, with the file name %s for their page', (typed, name, slug) => {
    expect(credited(typed)).toEqual({ credit: { name, slug, kind: 'person' }, problems: [] });
  });

  it.each(['Jose Pérez', 'Ana Maria Ruiz', 'Ana M. Ruiz', 'José Perez Gómez'])('credits %j to nobody, and says so', (typed) => {
    expect(credited(typed).problems).toEqual([expect.stringMatching(new RegExp(`^"${typed}" is not a registered author`))]);
  });

  it("refuses a name that is one author's name and another's file name, naming both files", () => {
    const clash: RegisteredAuthor[] = [
      { name: 'aruiz', slug: 'aruiz-agency', kind: 'organization', sameAs: [], file: 'content/authors/aruiz-agency.md' },
      lookalikes[3]!,
    ];
    expect(credited('aruiz', clash).problems).toEqual([
      '"aruiz" names more than one registered author: "aruiz" (content/authors/aruiz-agency.md) and "Ana Ruiz" (content/authors/aruiz.md); ' +
        'write the slug of the one you mean ("aruiz-agency" or "aruiz"), or rename one of them',
    ]);
  });

  it('refuses two authors with one name in NFC, naming both files', () => {
    const twins: RegisteredAuthor[] = [
      lookalikes[0]!,
      { name: 'José Pérez'.normalize('NFD'), slug: 'jose-perez-2', kind: 'person', sameAs: [], file: 'content/authors/jose-perez-2.md' },
    ];
    expect(credited('José Pérez', twins).problems).toEqual([
      expect.stringMatching(
        /^"José Pérez" names more than one registered author: .*\(content\/authors\/jose-perez\.md\) and .*\(content\/authors\/jose-perez-2\.md\)/,
      ),
    ]);
  });

  it('refuses a slug written by the author: the build fills it in', () => {
    const { problems } = resolveRegisteredNames({ byline: [{ name: 'Ana Ruiz', slug: 'ana-ruiz' }] }, { sections, authors: lookalikes });
    expect(problems.map((problem) => problem.path)).toEqual([['byline', 0, 'slug']]);
    expect(problems[0]?.message).toMatch(/^unknown field "slug": the build takes the author's address from their file/);
  });
});

describe('sections: one name, one section, at its registered slug', () => {
  const desks = [
    { name: 'Search', slug: 'search-desk', description: 'S.', subsections: [{ name: 'Engines', slug: 'engines-desk', description: 'E.' }] },
    { name: 'Pagefind', slug: 'pagefind-desk', description: 'P.', subsections: [] },
    { name: 'Business', slug: 'markets', description: 'B.', subsections: [] },
  ];
  const filed = (frontmatter: Record<string, unknown>) => resolveRegisteredNames(frontmatter, { sections: desks, authors });

  it.each([
    ['Search', 'search-desk'],
    ['search-desk', 'search-desk'],
    ['Pagefind', 'pagefind-desk'],
    ['business', 'markets'],
    ['markets', 'markets'],
  ])('stores %j with its registered slug, %s', (section, sectionSlug) => {
    expect(filed({ section }).frontmatter['sectionSlug']).toBe(sectionSlug);
  });

  it('stores a subsection with its registered slug', () => {
    expect(filed({ section: 'Search', subsection: 'engines' }).frontmatter).toMatchObject({
      sectionSlug: 'search-desk',
      subsectionSlug: 'engines-desk',
    });
  });

  it.each(['Search Desk', 'Page Find', 'business-desk', 'engines-desk'])(
    'finds no section for %j: a name near a slug, or a slug not registered for a section',
    (section) => {
      expect(filed({ section }).problems.map((problem) => problem.message)).toEqual([
        expect.stringMatching(new RegExp(`^"${section}" is not a registered section`)),
      ]);
    },
  );

  it("refuses a name that is one section's name and another's slug, naming both", () => {
    const clash = [...desks, { name: 'Markets', slug: 'stocks', description: 'M.', subsections: [] }];
    expect(resolveRegisteredNames({ section: 'markets' }, { sections: clash, authors }).problems).toEqual([
      {
        path: ['section'],
        message:
          '"markets" names more than one registered section: "Business" (slug markets) and "Markets" (slug stocks); write the slug of the one you mean ("markets" or "stocks"), or rename one of them',
      },
    ]);
  });

  it.each(['sectionSlug', 'subsectionSlug'])('refuses %s written by the author: the build fills it in', (field) => {
    expect(filed({ section: 'Search', [field]: 'search' }).problems).toEqual([
      {
        path: [field],
        message: `unknown field "${field}": the build takes the address from the registered section in content/sections.yaml; remove it`,
      },
    ]);
  });
});

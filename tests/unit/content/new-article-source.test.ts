import { describe, expect, it } from 'vitest';
import { parseArticleSource } from '#lib/content/frontmatter.ts';
import { articleSlugOf, newArticleProblems, newArticleSource, slugFromHeadline } from '#lib/content/new-article-source.ts';
import { articleSchemaIn } from '#lib/content/schema.ts';

describe('slugFromHeadline', () => {
  it.each([
    ['Council approves the budget', 'council-approves-the-budget'],
    [
      'In Mexico, frustration with Trump grows as relations reach a ‘defining moment’ at last',
      'in-mexico-frustration-with-trump-grows-as-relations-reach-a',
    ],
    ['Ukraine/Russia talks resume', 'ukraine-russia-talks-resume'],
  ])('%s → %s', (headline, slug) => {
    expect(slugFromHeadline(headline)).toBe(slug);
    expect(slug.length).toBeLessThanOrEqual(60);
  });
});

describe('newArticleSource', () => {
  const source = newArticleSource({
    headline: 'Q&A: "quotes" and: colons',
    section: 'World',
    byline: [{ name: 'Ana Ruiz' }],
    date: '2026-11-29',
  });

  it('is a valid article, held back as a draft', () => {
    const { frontmatter, body } = parseArticleSource(source);
    // With the section's slug, as the loader adds it from the registry.
    const article = articleSchemaIn('America/New_York').parse({ ...frontmatter, sectionSlug: 'world' });
    expect(article).toMatchObject({
      headline: 'Q&A: "quotes" and: colons',
      section: 'World',
      draft: true,
      date: { kind: 'day', iso: '2026-11-29' },
    });
    expect(body.trim()).not.toBe('');
  });

  it('credits a one-off byline as one', () => {
    const { frontmatter } = parseArticleSource(
      newArticleSource({ headline: 'H', section: 'World', byline: [{ name: 'Guest', oneOff: true }], date: '2026-11-29' }),
    );
    expect(frontmatter['byline']).toEqual([{ name: 'Guest', oneOff: true }]);
  });
});

describe('a headline a shell, YAML or HTML would read as code', () => {
  it.each([
    ['a path out of the folder', '../../../etc/passwd', 'etc-passwd'],
    ['a command substitution', '$(rm -rf ~)', 'rm-rf'],
    ['backticks', '`id`', 'id'],
    ['YAML specials', `Quote " and ' : colon # hash - &anchor *alias !!js/function {x: y} [z] | > % @ ---`, undefined],
    ['a YAML document end and a tag', '...\n!!python/object/apply:os.system ["id"]', undefined],
    ['HTML specials', '<b>bold</b> & <script>alert(1)</script> &amp; <!-- -->', undefined],
    ['only emoji', '🙂🎉', ''],
    ['a line break', 'Two\nlines', 'two-lines'],
  ])('is written with %s exactly as typed, to a file name of letters, digits and hyphens or none', (_, headline, slug) => {
    const { frontmatter } = parseArticleSource(
      newArticleSource({ headline, section: 'World', byline: [{ name: 'Ana Ruiz' }], date: '2026-11-29' }),
    );
    expect(frontmatter['headline']).toBe(headline);
    expect(slugFromHeadline(headline)).toMatch(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/);
    if (slug !== undefined) expect(slugFromHeadline(headline)).toBe(slug);
  });
});

describe('newArticleProblems', () => {
  const registries = {
    sections: [{ name: 'World', slug: 'world', subsections: [] }],
    authors: [{ name: 'Ana Ruiz', slug: 'ana-ruiz', kind: 'person' as const, file: 'content/authors/ana-ruiz.md' }],
  } as unknown as Parameters<typeof newArticleProblems>[1];
  const problemsOf = (headline: string, byline: { name: string; oneOff?: true }[] = [{ name: 'Ana Ruiz' }]) =>
    newArticleProblems(newArticleSource({ headline, section: 'World', byline, date: '2026-11-29' }), registries, 'America/New_York');

  it('finds none in what the build accepts', () => {
    expect(problemsOf('Council approves the budget')).toEqual([]);
  });

  it.each([
    ['a 10,000-character headline', 'x'.repeat(10_000), 'headline: headline is 10,000 characters, over the limit of 300'],
    ['a headline one character over the limit', 'x'.repeat(301), 'headline: headline is 301 characters, over the limit of 300'],
    [
      'a headline of invisible characters',
      '\u200b\u200b',
      'headline: headline must not be empty (spaces and invisible characters alone do not count)',
    ],
  ])('refuses %s in the build’s words', (_, headline, problem) => {
    expect(problemsOf(headline)).toEqual([problem]);
  });

  it.each([
    ['a name with markup', 'A <Guest>', /^byline #1 \("A <Guest>"\) › name: name must be plain text/],
    ['a 1,000-character name', 'n'.repeat(1_000), /^byline #1 \("n+…"\) › name: name is 1,000 characters, over the limit of 200$/],
  ])('refuses a one-off byline with %s', (_, name, problem) => {
    expect(problemsOf('A guest column', [{ name, oneOff: true }])).toEqual([expect.stringMatching(problem)]);
  });

  it('refuses an author the registry does not have, as the build does', () => {
    expect(problemsOf('A column', [{ name: 'Ana Ruix' }])).toEqual([
      expect.stringContaining('"Ana Ruix" is not a registered author (did you mean "Ana Ruiz"?)'),
    ]);
  });
});

describe('articleSlugOf', () => {
  it.each([
    ['/site/content/articles/council-vote.md', 'council-vote'],
    ['/site/content/articles/council-vote/index.md', 'council-vote'],
    ['/site/content/articles/2024/03/council-vote.md', 'council-vote'],
    ['/site/content/articles/2024/council-vote/index.md', 'council-vote'],
  ])('%s has the slug %s', (file, slug) => {
    expect(articleSlugOf(file)).toBe(slug);
  });
});

import { describe, expect, it } from 'vitest';
import { parseArticleSource } from '#lib/content/frontmatter.ts';
import { newArticleSource, slugFromHeadline } from '#lib/content/new-article.ts';
import { articleSchema } from '#lib/content/schema.ts';

describe('slugFromHeadline', () => {
  it.each([
    ['Council approves the budget', 'council-approves-the-budget'],
    ['In Mexico, frustration with Trump grows as relations reach a ‘defining moment’ at last', 'in-mexico-frustration-with-trump-grows-as-relations-reach-a'],
  ])('%s → %s', (headline, slug) => {
    expect(slugFromHeadline(headline)).toBe(slug);
    expect(slug.length).toBeLessThanOrEqual(60);
  });
});

describe('newArticleSource', () => {
  const source = newArticleSource({ headline: 'Q&A: "quotes" and: colons', section: 'World', byline: [{ name: 'Ana Ruiz' }], date: '2026-11-29' });

  it('is a valid article, held back as a draft', () => {
    const { frontmatter, body } = parseArticleSource(source);
    // With the section's slug, as the loader adds it from the registry.
    const article = articleSchema.parse({ ...frontmatter, sectionSlug: 'world' });
    expect(article).toMatchObject({ headline: 'Q&A: "quotes" and: colons', section: 'World', draft: true, date: { kind: 'day', iso: '2026-11-29' } });
    expect(body.trim()).not.toBe('');
  });

  it('credits a one-off byline as one', () => {
    const { frontmatter } = parseArticleSource(
      newArticleSource({ headline: 'H', section: 'World', byline: [{ name: 'Guest', oneOff: true }], date: '2026-11-29' }),
    );
    expect(frontmatter['byline']).toEqual([{ name: 'Guest', oneOff: true }]);
  });
});

import { describe, expect, it } from 'vitest';
import { articleSearchFields, searchFilterChoices } from '#lib/metadata/search-fields.ts';

const ZONE = 'America/New_York';
const article = (section: string, names: string[], iso: string) => ({
  section,
  byline: names.map((name) => ({ name })),
  date: iso.includes('T') ? ({ kind: 'instant', iso } as const) : ({ kind: 'day', iso } as const),
});

describe('what the search index keeps of an article', () => {
  it('lists the byline as the page does, two names joined by "and", more with commas', () => {
    expect(articleSearchFields(article('World', ['Ana Díaz', 'Li Wei'], '2024-03-05'), ZONE).byline).toBe('Ana Díaz and Li Wei');
    expect(articleSearchFields(article('World', ['A', 'B', 'C'], '2024-03-05'), ZONE).byline).toBe('A, B, and C');
  });

  it("dates an article by the site's zone: an instant late on New Year's Eve there is in the old year", () => {
    const fields = articleSearchFields(article('World', ['A'], '2024-01-01T03:00:00Z'), ZONE);
    expect(fields.year).toBe('2023');
    expect(fields.date).toBe('December 31, 2023 at 10:00 p.m. EST');
  });

  it('gives a sort key that orders by instant as text, a calendar day at its first instant in the zone', () => {
    expect(articleSearchFields(article('World', ['A'], '2024-03-05'), ZONE).sortKey).toBe('2024-03-05T05:00:00.000Z');
    const day = articleSearchFields(article('World', ['A'], '2024-03-05'), ZONE).sortKey;
    const evening = articleSearchFields(article('World', ['A'], '2024-03-05T21:00:00-05:00'), ZONE).sortKey;
    expect(day < evening).toBe(true);
  });
});

describe("the search page's filter choices", () => {
  it('offer only sections, authors and years some article has: sections in navigation order, authors by name, years newest first', () => {
    const articles = [article('Local', ['Zoë Adams', 'Bo Li'], '2023-06-01'), article('World', ['Bo Li'], '2024-02-02')];
    expect(searchFilterChoices(articles, ['World', 'Sports', 'Local'], ZONE)).toEqual({
      sections: ['World', 'Local'],
      authors: ['Bo Li', 'Zoë Adams'],
      years: ['2024', '2023'],
    });
  });
});

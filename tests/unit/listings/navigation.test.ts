import { describe, expect, it } from 'vitest';
import { firstPublicationYear } from '#lib/listings/navigation.ts';
import { footerOrder } from '#lib/content/info-pages.ts';

describe('firstPublicationYear', () => {
  it('gives the year of the earliest article, whatever the order', () => {
    const dates = [
      { kind: 'day', iso: '2024-01-01' },
      { kind: 'day', iso: '2018-05-09' },
      { kind: 'day', iso: '2020-07-01' },
    ] as const;
    expect(firstPublicationYear(dates, 'America/New_York')).toBe('2018');
  });

  it('stays the same when the first story of a new year is published', () => {
    const archive = [{ kind: 'day', iso: '2018-05-09' }] as const;
    expect(firstPublicationYear([...archive, { kind: 'day', iso: '2027-01-01' }], 'UTC')).toBe(firstPublicationYear(archive, 'UTC'));
  });

  it("counts an instant in the year of the site's zone", () => {
    // 03:00 UTC on New Year's Day is still the old year in New York.
    expect(firstPublicationYear([{ kind: 'instant', iso: '2025-01-01T03:00:00.000Z' }], 'America/New_York')).toBe('2024');
  });

  it('gives none before the first article', () => {
    expect(firstPublicationYear([], 'UTC')).toBeUndefined();
  });
});

describe('footerOrder', () => {
  const page = (title: string, order?: number) => ({
    title,
    description: '',
    slug: title.toLowerCase(),
    file: '',
    body: '',
    ...(order === undefined ? {} : { order }),
  });

  it('puts pages with an order first, lowest first, then the rest by title', () => {
    expect(footerOrder([page('Zeta'), page('Beta', 2), page('Alpha'), page('Gamma', 1)]).map((p) => p.title)).toEqual([
      'Gamma',
      'Beta',
      'Alpha',
      'Zeta',
    ]);
  });
});

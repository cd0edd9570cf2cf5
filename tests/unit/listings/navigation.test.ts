import { describe, expect, it } from 'vitest';
import { publicationYears } from '#lib/listings/navigation.ts';
import { footerOrder } from '#lib/content/info-pages.ts';

describe('publicationYears', () => {
  it('gives one year when every article is from it', () => {
    expect(publicationYears([{ kind: 'day', iso: '2018-05-09' }], 'America/New_York')).toBe('2018');
  });

  it('spans from the first year to the latest, whatever the order', () => {
    const dates = [
      { kind: 'day', iso: '2024-01-01' },
      { kind: 'day', iso: '2018-05-09' },
      { kind: 'day', iso: '2020-07-01' },
    ] as const;
    expect(publicationYears(dates, 'America/New_York')).toBe('2018–2024');
  });

  it("counts an instant in the year of the site's zone", () => {
    // 03:00 UTC on New Year's Day is still the old year in New York.
    expect(publicationYears([{ kind: 'instant', iso: '2025-01-01T03:00:00.000Z' }], 'America/New_York')).toBe('2024');
  });

  it('gives none before the first article', () => {
    expect(publicationYears([], 'UTC')).toBeUndefined();
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

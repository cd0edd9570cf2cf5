import { describe, expect, it } from 'vitest';
import { absoluteUrl, permalink, permalinkSegments } from '#lib/addresses/permalink.ts';

const NEW_YORK = 'America/New_York';

describe('permalink', () => {
  it('is /<section>/<yyyy>/<mm>/<dd>/<slug>/ for a date-only article', () => {
    expect(permalink({ slug: 'mexico-story', sectionSlug: 'world', date: { kind: 'day', iso: '2018-05-09' } }, NEW_YORK)).toBe(
      '/world/2018/05/09/mexico-story/',
    );
  });

  it("takes the section's registered slug as it is, never a slug of its name", () => {
    expect(permalink({ slug: 'a', sectionSlug: 'search-desk', date: { kind: 'day', iso: '2020-01-02' } }, NEW_YORK)).toBe(
      '/search-desk/2020/01/02/a/',
    );
  });

  it('uses the publication day in the site zone for a timestamp', () => {
    const lateEvening = { kind: 'instant', iso: '2018-05-10T02:30:00.000Z' } as const;
    expect(permalinkSegments({ slug: 'a', sectionSlug: 'world', date: lateEvening }, NEW_YORK)).toMatchObject({
      year: '2018',
      month: '05',
      day: '09',
    });
  });

  it('takes no input from the headline, so editing it cannot change the address', () => {
    const input = { slug: 's', sectionSlug: 'world', date: { kind: 'day', iso: '2018-05-09' } } as const;
    const withHeadline = { ...input, headline: 'A completely different headline' };
    expect(permalink(withHeadline, NEW_YORK)).toBe(permalink(input, NEW_YORK));
  });
});

describe('absoluteUrl', () => {
  it('joins a site path to the configured origin', () => {
    expect(absoluteUrl('/world/', 'https://news.example.com')).toBe('https://news.example.com/world/');
  });
});

import { describe, expect, it } from 'vitest';
import { absoluteUrl, permalink, permalinkSegments } from '#lib/addresses/permalink.ts';

const NEW_YORK = 'America/New_York';

describe('permalink', () => {
  it('is /<section>/<yyyy>/<mm>/<dd>/<slug>/ for a date-only article', () => {
    expect(permalink({ slug: 'mexico-story', section: 'World', date: { kind: 'day', iso: '2018-05-09' } }, NEW_YORK)).toBe(
      '/world/2018/05/09/mexico-story/',
    );
  });

  it('lowercases and hyphenates a multi-word section', () => {
    expect(permalink({ slug: 'a', section: 'Science & Health', date: { kind: 'day', iso: '2020-01-02' } }, NEW_YORK)).toBe(
      '/science-health/2020/01/02/a/',
    );
  });

  it('uses the publication day in the site zone for a timestamp', () => {
    const lateEvening = { kind: 'instant', iso: '2018-05-10T02:30:00.000Z' } as const;
    expect(permalinkSegments({ slug: 'a', section: 'World', date: lateEvening }, NEW_YORK)).toMatchObject({
      year: '2018',
      month: '05',
      day: '09',
    });
  });

  it('takes no input from the headline, so editing it cannot change the address', () => {
    const input = { slug: 's', section: 'World', date: { kind: 'day', iso: '2018-05-09' } } as const;
    const withHeadline = { ...input, headline: 'A completely different headline' };
    expect(permalink(withHeadline, NEW_YORK)).toBe(permalink(input, NEW_YORK));
  });
});

describe('absoluteUrl', () => {
  it('joins a site path to the configured origin', () => {
    expect(absoluteUrl('/world/', 'https://news.example.com')).toBe('https://news.example.com/world/');
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { feedDate } from '#lib/metadata/feeds.ts';
import { newsSitemap } from '#lib/metadata/news-sitemap.ts';

const originalTz = process.env['TZ'];
afterEach(() => {
  process.env['TZ'] = originalTz;
});

describe('feedDate', () => {
  it('keeps a date-only article on its day in the RSS date, whatever the machine zone', () => {
    process.env['TZ'] = 'America/Los_Angeles';
    expect(feedDate({ kind: 'day', iso: '2018-05-09' }).toUTCString()).toBe('Wed, 09 May 2018 12:00:00 GMT');
  });

  it('keeps a timestamp exact', () => {
    expect(feedDate({ kind: 'instant', iso: '2024-03-05T23:30:00.000Z' }).toISOString()).toBe('2024-03-05T23:30:00.000Z');
  });
});

describe('newsSitemap', () => {
  it('escapes titles and keeps a date-only publication date a date', () => {
    const xml = newsSitemap([{ url: 'https://n.example/a/', title: 'Q&A: <b>“x”</b>', date: { kind: 'day', iso: '2018-05-09' } }], {
      name: 'Newsroom',
      language: 'en',
    });
    expect(xml).toContain('<news:title>Q&amp;A: &lt;b&gt;“x”&lt;/b&gt;</news:title>');
    expect(xml).toContain('<news:publication_date>2018-05-09</news:publication_date>');
    expect(xml).toContain('xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"');
  });
});

import { describe, expect, it } from 'vitest';
import { shareLinks } from '#lib/metadata/share-links.ts';

const permalink = 'https://news.example.com/world/2018/05/09/a-b/';
const links = shareLinks(permalink, 'Mexico & the U.S.: a ‘defining moment’');

describe('shareLinks', () => {
  it('offers email with the headline as subject and the permalink in the body', () => {
    const email = links.find((l) => l.service === 'Email')!;
    const url = new URL(email.href);
    expect(url.protocol).toBe('mailto:');
    expect(url.searchParams.get('subject')).toBe('Mexico & the U.S.: a ‘defining moment’');
    expect(url.searchParams.get('body')).toContain(permalink);
  });

  it('carries the URL-encoded permalink in every network link', () => {
    for (const link of links.filter((l) => l.service !== 'Email')) {
      expect(link.href.startsWith('https://')).toBe(true);
      expect(link.href).toContain(encodeURIComponent(permalink));
    }
  });

  it('never puts an unencoded ampersand from the headline into a query', () => {
    for (const link of links) expect(link.href).not.toContain('Mexico &');
  });
});

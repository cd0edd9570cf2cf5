/** The 404 page is not a page of its own: no canonical address, kept out of search indexes. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../support/site-build.ts';

const html = readFileSync('dist/404.html', 'utf8');

describe('404.html', () => {
  it('declares no canonical address and no og:url', () => {
    expect(html).not.toMatch(/rel="canonical"/);
    expect(html).not.toMatch(/property="og:url"/);
  });

  it('offers no Open Graph or Twitter card metadata, which needs an address of its own (decision 026)', () => {
    expect(html).not.toMatch(/property="og:|name="twitter:/);
  });

  it('asks search engines not to index it', () => {
    expect(html).toMatch(/<meta name="robots" content="noindex">/);
  });

  it('is the only page without a canonical address: the article page keeps its own', () => {
    const article = readFileSync('dist/world/2018/05/09/mexico-frustration-with-trump-grows/index.html', 'utf8');
    expect(article).toMatch(
      /<link rel="canonical" href="https:\/\/news\.example\.com\/world\/2018\/05\/09\/mexico-frustration-with-trump-grows\/">/,
    );
    expect(article).not.toMatch(/name="robots"/);
  });
});

describe('Open Graph on every page of the built site', () => {
  const pages = filesUnder('dist').filter((file) => file.endsWith('.html'));

  it.each(['og:title', 'og:type', 'og:image', 'og:url'])('gives %s wherever a page gives any og: property', (property) => {
    const missing = pages.filter((file) => {
      const page = readFileSync(join('dist', file), 'utf8');
      return page.includes('property="og:') && !page.includes(`property="${property}"`);
    });
    expect(missing).toEqual([]);
  });
});

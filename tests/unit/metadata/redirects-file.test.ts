import { describe, expect, it } from 'vitest';
import { redirectsFile } from '#lib/metadata/redirects-file.ts';
import { cloudflareAnswer, netlifyAnswer } from '../../support/static-hosts.ts';

const OLD = '/world/old-story/';
const TARGET = '/world/2024/03/05/story/';
/** Every old address has its redirect page, as the build writes it; the permalink has its page. */
const siteFiles = (path: string) => [OLD, TARGET].includes(path);
const file = redirectsFile([
  { from: OLD, to: TARGET },
  { from: '/local/older/', to: TARGET },
]);

describe('redirectsFile, read by each host as it documents', () => {
  it.each([
    ['Netlify, which would serve the redirect page unless the rule is forced', netlifyAnswer],
    ['Cloudflare Pages, which ignores a forced line', cloudflareAnswer],
  ])('sends %s a 301 to the permalink', (_host, answer) => {
    expect(answer(file, OLD, siteFiles)).toEqual({ redirect: TARGET, status: 301 });
  });

  it('leaves the permalink itself to be served as it is, on both hosts', () => {
    expect(netlifyAnswer(file, TARGET, siteFiles)).toEqual({ served: 'file' });
    expect(cloudflareAnswer(file, TARGET, siteFiles)).toEqual({ served: 'file' });
  });

  it('lists old addresses in order, each twice: forced for Netlify, then plain for Cloudflare Pages', () => {
    expect(file).toBe(`/local/older/ ${TARGET} 301!\n/local/older/ ${TARGET} 301\n${OLD} ${TARGET} 301!\n${OLD} ${TARGET} 301\n`);
  });

  it('is empty when no article has an old address', () => {
    expect(redirectsFile([])).toBe('');
  });
});

describe('the host models', () => {
  it('reproduce the documented difference: a plain rule over an existing file is shadowed on Netlify only', () => {
    const plain = `${OLD} ${TARGET} 301\n`;
    expect(netlifyAnswer(plain, OLD, siteFiles)).toEqual({ served: 'file' });
    expect(cloudflareAnswer(plain, OLD, siteFiles)).toEqual({ redirect: TARGET, status: 301 });
  });

  it('reproduce that Cloudflare Pages ignores a forced line', () => {
    expect(cloudflareAnswer(`${OLD} ${TARGET} 301!\n`, OLD, siteFiles)).toEqual({ served: 'file' });
  });
});

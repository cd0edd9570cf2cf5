/**
 * The fixture site's _redirects, read as Netlify and as Cloudflare Pages read it (each as its
 * documentation says: tests/support/static-hosts.ts), against the files the build wrote: every old
 * address answers 301 with its article's permalink, though its redirect page is there too.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cloudflareAnswer, netlifyAnswer } from '../support/static-hosts.ts';

const SITE = 'dist-fixture';
const file = readFileSync(join(SITE, '_redirects'), 'utf8');
const fileExists = (path: string) => existsSync(join(SITE, path, path.endsWith('/') ? 'index.html' : ''));
const redirects = [
  ...new Map(
    file
      .trim()
      .split('\n')
      .map((line) => line.split(' ') as [string, string]),
  ).entries(),
];

describe('dist-fixture/_redirects', () => {
  it('lists the old address the fixture has, whose redirect page the build wrote', () => {
    expect(redirects).toEqual([['/local/old-budget-story/', '/local/2024/03/05/synthetic-council-budget-vote/']]);
    expect(fileExists('/local/old-budget-story/')).toBe(true);
  });

  it.each([
    ['Netlify', netlifyAnswer],
    ['Cloudflare Pages', cloudflareAnswer],
  ])('sends each old address on %s to a page the site has, with a 301', (_host, answer) => {
    for (const [from, to] of redirects) {
      expect(answer(file, from, fileExists), from).toEqual({ redirect: to, status: 301 });
      expect(fileExists(to), to).toBe(true);
    }
  });
});

/** An article dated in the future (the 2099 fixture) and a draft are held back from every page, feed and sitemap. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SITE = 'dist-fixture';
const SLUG = 'synthetic-scheduled-for-2099';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? (name === 'pagefind' ? [] : files(path)) : [path];
  });
}

describe.each([
  ['a scheduled article', SLUG, 'local/2099/01/01'],
  ['a draft', 'synthetic-draft', 'local/2024/03/06'],
])('%s', (_what, slug, day) => {
  it('has no page', () => {
    expect(existsSync(join(SITE, day, slug))).toBe(false);
  });

  it('is named by no page, feed or sitemap', () => {
    const mentions = files(SITE)
      .filter((file) => /\.(html|xml|txt)$|_redirects$/.test(file))
      .filter((file) => readFileSync(file, 'utf8').includes(slug));
    expect(mentions).toEqual([]);
  });
});

describe('a scheduled article', () => {
  it('is not in the search index', () => {
    const index = files(join(SITE, 'pagefind')).filter((file) => file.endsWith('.pf_meta'));
    expect(index.length).toBeGreaterThan(0);
    expect(files(SITE).some((file) => file.includes('2099'))).toBe(false);
  });
});

/** `npm run new` writes a draft with the required fields, and refuses what it cannot write. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArticleSource } from '#lib/content/frontmatter.ts';

let content = '';
const newArticle = (...args: string[]) =>
  spawnSync('npm', ['run', '--silent', 'new', '--', ...args], {
    env: { ...process.env, CONTENT_DIR: content, NO_COLOR: '1' },
    encoding: 'utf8',
  });

beforeAll(() => {
  content = join(mkdtempSync(join(tmpdir(), 'new-article-')), 'content');
  cpSync('content', content, { recursive: true });
});

afterAll(() => {
  if (content) rmSync(dirname(content), { recursive: true, force: true });
});

describe('npm run new', () => {
  it('writes a draft with the registered section and author, and prints the file and the address', () => {
    const result = newArticle('Councils weigh a new budget', '--section', 'world', '--by', 'the washington post');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Wrote .*articles\/councils-weigh-a-new-budget\.md \(a draft/);
    expect(result.stdout).toMatch(/It will be at https:\/\/news\.example\.com\/world\/\d{4}\/\d{2}\/\d{2}\/councils-weigh-a-new-budget\//);
    const { frontmatter } = parseArticleSource(readFileSync(join(content, 'articles', 'councils-weigh-a-new-budget.md'), 'utf8'));
    expect(frontmatter).toMatchObject({
      headline: 'Councils weigh a new budget',
      section: 'World',
      byline: [{ name: 'The Washington Post' }],
      draft: true,
    });
  });

  it('refuses a slug that exists', () => {
    const result = newArticle('Councils weigh a new budget', '--section', 'World', '--by', 'The Washington Post');
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('councils-weigh-a-new-budget.md already exists; choose another slug with --slug');
  });

  it('refuses an unregistered section with a did-you-mean', () => {
    const result = newArticle('Another story', '--section', 'Wolrd', '--by', 'The Washington Post');
    expect(result.stderr).toContain('"Wolrd" is not a registered section (did you mean "World"?)');
  });

  it('credits a name with no author page when told it is a one-off', () => {
    const result = newArticle('A guest column', '--section', 'World', '--by', 'A Guest Writer', '--one-off');
    expect(result.status).toBe(0);
    const { frontmatter } = parseArticleSource(readFileSync(join(content, 'articles', 'a-guest-column.md'), 'utf8'));
    expect(frontmatter['byline']).toEqual([{ name: 'A Guest Writer', oneOff: true }]);
  });
});

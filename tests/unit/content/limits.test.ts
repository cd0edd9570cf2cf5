import { describe, expect, it } from 'vitest';
import { deepestNesting, LIMITS } from '#lib/content/limits.ts';
import { readFileSync } from 'node:fs';
import { articleBody } from '#lib/content/frontmatter.ts';

describe('deepestNesting', () => {
  it('is within the limit for the seed article', () => {
    expect(
      deepestNesting(articleBody(readFileSync('content/articles/mexico-frustration-with-trump-grows.md', 'utf8'))).depth,
    ).toBeLessThanOrEqual(3);
  });

  it.each([
    ['plain paragraphs', 'One.\n\nTwo.', 0],
    ['a quote', '> quoted', 1],
    ['a quote in a quote', '> > quoted twice', 2],
    ['a list', '- item', 1],
    ['a list in a list', '- item\n  - nested', 2],
    ['a quote in a list', '1. item\n   > quoted', 2],
    ['raw HTML', '<div><blockquote><p>deep</p></blockquote></div>', 3],
    ['void elements', 'a<br>b<br>c<img src="x">', 0],
  ])('counts %s', (_name, markdown, depth) => {
    expect(deepestNesting(markdown).depth).toBe(depth);
  });

  it.each([
    ['2,000 nested blockquotes', `${'>'.repeat(2000)} deep`],
    ['1,000 nested lists', Array.from({ length: 1000 }, (_, level) => `${'  '.repeat(level)}- item`).join('\n')],
    ['2,000 nested HTML elements', `${'<div>'.repeat(2000)}deep${'</div>'.repeat(2000)}`],
    ['2,000 nested HTML elements across lines', Array.from({ length: 2000 }, () => '<blockquote>').join('\n')],
  ])('finds %s far beyond the limit, at once', (_name, markdown) => {
    const started = process.hrtime.bigint();
    expect(deepestNesting(markdown).depth).toBeGreaterThan(LIMITS.nestingDepth);
    expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(1000);
  });

  it('names the line where the limit is passed', () => {
    expect(deepestNesting('Intro.\n\n> > > > deep\n\n> shallow').line).toBe(3);
  });
});

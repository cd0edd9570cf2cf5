import { describe, expect, it } from 'vitest';
import { toSlug } from '#lib/addresses/slug.ts';

describe('toSlug', () => {
  it('lowercases and hyphenates words', () => {
    expect(toSlug('The Americas')).toBe('the-americas');
  });

  it('drops accents rather than the letters that carry them', () => {
    expect(toSlug('Économie Política')).toBe('economie-politica');
  });

  it('never leaves doubled or dangling hyphens', () => {
    expect(toSlug('Science & Health ')).toBe('science-health');
  });
});

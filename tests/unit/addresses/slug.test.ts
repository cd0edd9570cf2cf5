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

  it.each([
    ['C', 'c'],
    ['C++', 'c-plus-plus'],
    ['C#', 'c-sharp'],
    ['F#', 'f-sharp'],
    ['Notepad++ 8', 'notepad-plus-plus-8'],
  ])('gives %s an address of its own (%s)', (name, address) => {
    expect(toSlug(name)).toBe(address);
  });

  it.each(['!!!', '🎉', '\u00AD', '— · —'])('is empty for a name with no letters or digits: %j', (name) => {
    expect(toSlug(name)).toBe('');
  });
});

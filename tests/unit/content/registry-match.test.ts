import { describe, expect, it } from 'vitest';
import { findRegistered, nearestName, unknownNameProblem } from '#lib/content/registry-match.ts';

const sections = [
  { name: 'World', slug: 'world' },
  { name: 'The Americas', slug: 'the-americas' },
  { name: 'Business', slug: 'business' },
];

describe('findRegistered', () => {
  it.each(['World', 'world', 'WORLD', ' world ', 'the americas', 'the-americas', 'The  Americas'])('finds %j', (typed) => {
    expect(findRegistered(typed, sections)).toBeDefined();
  });

  it.each(['Wolrd', 'Worlds', 'Americas', ''])('finds nothing for %j', (typed) => {
    expect(findRegistered(typed, sections)).toBeUndefined();
  });
});

describe('nearestName', () => {
  it.each([
    ['Wolrd', 'World'],
    ['wrld', 'World'],
    ['Busines', 'Business'],
    ['The Amercas', 'The Americas'],
  ])('suggests %s → %s', (typed, name) => {
    expect(nearestName(typed, sections)).toBe(name);
  });

  it.each(['Sports', 'Opinion', 'x'])('suggests nothing for an unrelated word, %s', (typed) => {
    expect(nearestName(typed, sections)).toBeUndefined();
  });
});

describe('unknownNameProblem', () => {
  it('names the value, the nearest name, the registered names and where to add one', () => {
    expect(unknownNameProblem('section', 'Wolrd', sections, 'content/sections.yaml')).toBe(
      '"Wolrd" is not a registered section (did you mean "World"?). Registered: World, The Americas, Business. To add one, list it in content/sections.yaml',
    );
  });
});

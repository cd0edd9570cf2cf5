import { describe, expect, it } from 'vitest';
import { fieldLabel } from '#lib/content/field-label.ts';

const frontmatter = {
  headline: 'H',
  byline: [{ name: 'Ana Ruiz' }, { name: 'Fixture Reportr' }],
  relatedLinks: [{ title: 'Mexican president rebukes Trump over border threats, again and again' }, { url: '/x/' }],
  tags: ['Trade'],
};

describe('fieldLabel', () => {
  it.each([
    [['headline'], 'headline'],
    [['byline', 1, 'name'], 'byline #2 ("Fixture Reportr") › name'],
    [['relatedLinks', 0, 'url'], 'relatedLinks #1 ("Mexican president rebukes Trump over bo…") › url'],
    [['relatedLinks', 1, 'title'], 'relatedLinks #2 › title'],
    [['tags', 0], 'tags #1'],
    [['photo', 'alt'], 'photo › alt'],
  ])('%j reads %s', (path, label) => {
    expect(fieldLabel(path, frontmatter)).toBe(label);
  });
});

describe('fieldLabel of an item named with a control character', () => {
  it.each(['\u001B[2J', '\u0007', '\u0085'])('shows %j as "\uFFFD", never raw to the terminal', (control) => {
    expect(fieldLabel(['relatedLinks', 0, 'title'], { relatedLinks: [{ title: `Bad ${control}title` }] })).toBe(
      `relatedLinks #1 ("Bad \uFFFD${control.slice(1)}title") › title`,
    );
  });
});

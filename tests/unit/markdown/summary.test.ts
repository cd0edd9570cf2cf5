import { describe, expect, it } from 'vitest';
import { firstParagraph, summarize, trimAtWord } from '#lib/markdown/summary.ts';

describe('firstParagraph', () => {
  it('is the text of the first paragraph without Markdown markup', () => {
    expect(firstParagraph('A *bold* [link](https://example.org) here.\n\nSecond.')).toBe('A bold link here.');
  });

  it('skips a leading heading', () => {
    expect(firstParagraph('## Heading\n\nBody text.')).toBe('Body text.');
  });
});

describe('trimAtWord', () => {
  it('leaves short text alone', () => {
    expect(trimAtWord('Short.', 160)).toBe('Short.');
  });

  it('cuts at a word boundary and adds an ellipsis within the limit', () => {
    const text = 'alpha beta gamma delta epsilon';
    const trimmed = trimAtWord(text, 20);
    expect(trimmed).toBe('alpha beta gamma…');
    expect(trimmed.length).toBeLessThanOrEqual(20);
  });

  it('does not end on a dangling dash or comma', () => {
    expect(trimAtWord('MEXICO CITY — When the secretary appeared', 16)).toBe('MEXICO CITY…');
  });
});

describe('summarize', () => {
  it("trims the seed article's opening at a word boundary for the meta description", () => {
    const opening =
      'MEXICO CITY — When Secretary of State Mike Pompeo appeared with his counterpart from Mexico this week in Washington, there were smiles and mutual reassurances, with Pompeo insisting that the two countries are “neighbors, allies and friends.”';
    expect(summarize(opening)).toBe(
      'MEXICO CITY — When Secretary of State Mike Pompeo appeared with his counterpart from Mexico this week in Washington, there were smiles and mutual…',
    );
  });

  it('summarises the body to about 160 characters', () => {
    const body = `${'word '.repeat(100)}\n\nNext.`;
    expect(summarize(body).length).toBeLessThanOrEqual(160);
  });

  it.each([
    ['Safe markup stays: <abbr title="North American Free Trade Agreement">NAFTA</abbr> and more.', 'Safe markup stays: NAFTA and more.'],
    ['A <em>raw</em> <span class="x">word</span>.', 'A raw word.'],
    ['Text <img src="x.png" alt="y"> after an image.', 'Text after an image.'],
  ])('leaves raw HTML out of the text of %s', (markdown, text) => {
    expect(firstParagraph(markdown)).toBe(text);
  });

  it('never cuts a description inside a tag', () => {
    const lead = `${'word '.repeat(25)}<abbr title="${'a long title '.repeat(10)}">ABBR</abbr> ${'tail '.repeat(20)}`;
    expect(summarize(lead)).not.toMatch(/[<>]/);
  });
});

describe('references in the opening paragraph', () => {
  it.each([
    ['A claim[^1] stands.\n\n[^1]: The source.', 'A claim stands.'],
    ['A claim[^note] and another[^2].\n\nMore.\n\n[^note]: One.\n[^2]: Two.', 'A claim and another.'],
    ['The [trade deal][nafta] was signed.\n\n[nafta]: https://example.org/nafta', 'The trade deal was signed.'],
    ['The [trade deal] was signed.\n\n[trade deal]: https://example.org/nafta', 'The trade deal was signed.'],
  ])('show as their words, not their syntax: %j', (markdown, text) => {
    expect(firstParagraph(markdown)).toBe(text);
  });

  it('skips a block of definitions placed first', () => {
    expect(firstParagraph('[a]: https://example.org\n\nThe [lead][a].')).toBe('The lead.');
  });
});

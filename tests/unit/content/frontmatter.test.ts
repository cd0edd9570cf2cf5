import { describe, expect, it } from 'vitest';
import { parseArticleSource } from '#lib/content/frontmatter.ts';

describe('parseArticleSource', () => {
  it('splits the frontmatter from the body', () => {
    const { frontmatter, body } = parseArticleSource('---\nheadline: Hi\n---\n\nBody text.\n');
    expect(frontmatter).toEqual({ headline: 'Hi' });
    expect(body).toBe('\nBody text.\n');
  });

  it('keeps a date as the text the author typed', () => {
    expect(parseArticleSource('---\ndate: 2018-05-09\n---\n').frontmatter['date']).toBe('2018-05-09');
  });

  it('keeps an impossible date as text, so the schema can reject it', () => {
    expect(parseArticleSource('---\ndate: 2018-13-40\n---\n').frontmatter['date']).toBe('2018-13-40');
  });

  it('reads Windows line endings', () => {
    expect(parseArticleSource('---\r\nheadline: Hi\r\n---\r\nBody').body).toBe('Body');
  });

  it('rejects a file without frontmatter', () => {
    expect(() => parseArticleSource('Just a body.')).toThrow(/must start with frontmatter/);
  });

  it('rejects frontmatter that is not YAML', () => {
    expect(() => parseArticleSource('---\nheadline: "unclosed\n---\n')).toThrow(/not valid YAML/);
  });

  it('rejects frontmatter that is a list, not fields', () => {
    expect(() => parseArticleSource('---\n- a\n- b\n---\n')).toThrow(/field: value/);
  });
});

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

describe('what a frontmatter mistake is called', () => {
  const problemIn = (text: string) => {
    try {
      parseArticleSource(text);
    } catch (error) {
      return error as Error & { line?: number; column?: number };
    }
    throw new Error('no problem found');
  };

  it('says a missing closing "---" line is missing, not that the file has no frontmatter', () => {
    expect(problemIn('---\nheadline: Hi\nsection: World\n\nThe body.\n').message).toBe(
      'the frontmatter has no closing "---" line; add a line of three hyphens after its last field, before the body',
    );
  });

  it('asks for spaces where a tab indents a line, at that line, without the quoting advice', () => {
    const problem = problemIn('---\nheadline: Hi\nbyline:\n\t- name: A\n---\nBody');
    expect(problem.message).toBe('this line has a tab; YAML lines are indented with spaces only: replace the tab with spaces');
    expect(problem.line).toBe(4);
  });

  it('says which apostrophe ended a single-quoted value, and how to write it', () => {
    expect(problemIn("---\nheadline: 'Mexico City's pumps'\n---\nBody").message).toBe(
      `the value of headline starts with ' and so ends at the next ' (after 'Mexico City'), leaving "s pumps'" over. ` +
        `Inside single quotes write an apostrophe twice (headline: 'Mexico City''s pumps'), or use double quotes (headline: "Mexico City's pumps")`,
    );
  });

  it('says which quote mark ended a double-quoted value, and how to write it', () => {
    expect(problemIn('---\nheadline: "He said "no" today"\n---\nBody').message).toBe(
      `the value of headline starts with " and so ends at the next " (after "He said "), leaving no" today" over. ` +
        `Inside double quotes write a quote mark as \\" (headline: "He said \\"no\\" today"), or use single quotes (headline: 'He said "no" today')`,
    );
  });

  it('says which quote ended a quoted value in a list item', () => {
    expect(problemIn("---\nbyline:\n  - name: 'Ana O'Neil'\n---\nBody").message).toMatch(/^the value of name starts with ' and so ends/);
  });
});

import { describe, expect, it } from 'vitest';
import { firstControlCharacter, hasVisibleText } from '#lib/content/invisible-text.ts';

describe('hasVisibleText', () => {
  it.each(['\u200B', '\u200B\u200C\u200D', ' \u00AD ', '\u2060\uFEFF', '\u200E\u200F', '\t \n'])('finds nothing to see in %j', (value) => {
    expect(hasVisibleText(value)).toBe(false);
  });

  it.each(['a', '\u200Bheadline', '—', '日本', '🙂', 'a\u00ADb'])('finds text in %j', (value) => {
    expect(hasVisibleText(value)).toBe(true);
  });
});

describe('firstControlCharacter', () => {
  it.each([
    ['\u0001', 'U+0001'],
    ['\u0008', 'U+0008'],
    ['\u000B', 'U+000B'],
    ['\u001F', 'U+001F'],
    ['\u007F', 'U+007F'],
    ['\uFFFE', 'U+FFFE'],
  ])('finds %j and names it %s, with its line', (character, code) => {
    expect(firstControlCharacter(`---\nheadline: x\n---\n\nBody ${character} here.\n`)).toEqual({ line: 5, code });
  });

  it('accepts tabs, line feeds and carriage returns', () => {
    expect(firstControlCharacter('a\tb\r\nc\n')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { controlCharactersInValue, firstControlCharacter, hasVisibleText } from '#lib/content/invisible-text.ts';

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
    ['\u0085', 'U+0085'],
    ['\u009F', 'U+009F'],
    ['\uFFFE', 'U+FFFE'],
  ])('finds %j and names it %s, with its line', (character, code) => {
    expect(firstControlCharacter(`---\nheadline: x\n---\n\nBody ${character} here.\n`)).toEqual({ line: 5, code });
  });

  it('accepts tabs, line feeds and carriage returns', () => {
    expect(firstControlCharacter('a\tb\r\nc\n')).toBeUndefined();
  });
});

describe('controlCharactersInValue', () => {
  it.each([
    ['"\\e" (escape)', { headline: 'A \u001B[31m red' }, ['headline'], 'U+001B'],
    ['"\\x01"', { dek: '\u0001' }, ['dek'], 'U+0001'],
    ['"\\a" (bell) in a list', { tags: ['Fine', 'Bell \u0007'] }, ['tags', 1], 'U+0007'],
    ['"\\x7f" (delete) in a nested field', { photo: { caption: 'x\u007F' } }, ['photo', 'caption'], 'U+007F'],
    ['"\\x85" (a C1 control, next line)', { relatedLinks: [{ title: 'a\u0085b' }] }, ['relatedLinks', 0, 'title'], 'U+0085'],
    ['"\\0" (null)', { byline: [{ name: 'A\u0000' }] }, ['byline', 0, 'name'], 'U+0000'],
    ['"\\uFFFF"', { dateline: '\uFFFF' }, ['dateline'], 'U+FFFF'],
  ])('finds %s with the path of its field', (_, value, path, code) => {
    expect(controlCharactersInValue(value)).toEqual([{ path, code }]);
  });

  it('finds one in a key, at the object holding it', () => {
    expect(controlCharactersInValue({ photo: { 'src\u0001': 'x' } })).toEqual([{ path: ['photo'], code: 'U+0001' }]);
  });

  it('finds every field that has one', () => {
    expect(controlCharactersInValue({ headline: '\u001B', dek: 'fine', tags: ['\u0001'] }).map((found) => found.path)).toEqual([
      ['headline'],
      ['tags', 0],
    ]);
  });

  it('accepts tabs, line breaks, numbers, dates and the characters of every script', () => {
    expect(controlCharactersInValue({ a: 'a\tb\r\nc', b: 3, c: true, d: null, e: ['日本', 'עברית', 'é', '\u00A0'] })).toEqual([]);
  });
});

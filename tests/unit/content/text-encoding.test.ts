import { describe, expect, it } from 'vitest';
import { decodeArticleFile } from '#lib/content/text-encoding.ts';

const ARTICLE = '---\nheadline: Café “quotes” — dash\n---\n\nBody.\n';

describe('decodeArticleFile', () => {
  it('reads UTF-8 as it is, and leaves out a byte-order mark', () => {
    expect(decodeArticleFile(Buffer.from(ARTICLE, 'utf8'))).toEqual({ text: ARTICLE });
    expect(decodeArticleFile(Buffer.from(`\uFEFF${ARTICLE}`, 'utf8'))).toEqual({ text: ARTICLE });
  });

  it.each([
    [
      'little-endian with a byte-order mark',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')]),
      /UTF-16 \(little-endian\)/,
    ],
    [
      'big-endian with a byte-order mark',
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(ARTICLE, 'utf16le').swap16()]),
      /UTF-16 \(big-endian\)/,
    ],
    ['without a byte-order mark', Buffer.from(ARTICLE, 'utf16le'), /looks like UTF-16/],
  ])('refuses UTF-16 %s', (_name, bytes, problem) => {
    const decoded = decodeArticleFile(bytes);
    expect('problem' in decoded && decoded.problem).toMatch(problem);
  });

  it('refuses Windows-1252, naming the line and the character the byte stands for', () => {
    const windows1252 = Buffer.from('---\nheadline: Plain\n---\n\nHe said \x93hello\x94.\n', 'latin1');
    expect(decodeArticleFile(windows1252)).toEqual({
      problem:
        'the file is not UTF-8 text (read as Windows-1252, the byte 0x93 is "“": the file was probably saved as Windows-1252 or Latin-1); save it as UTF-8',
      line: 5,
    });
  });

  it('refuses Latin-1 accented letters', () => {
    const decoded = decodeArticleFile(Buffer.from('---\nheadline: Caf\xe9\n---\n', 'latin1'));
    expect('line' in decoded && decoded.line).toBe(2);
    expect('problem' in decoded && decoded.problem).toContain('0xE9 is "é"');
  });

  it('keeps a replacement character the author typed in UTF-8', () => {
    expect(decodeArticleFile(Buffer.from('---\na: \uFFFD\n---\n', 'utf8'))).toEqual({ text: '---\na: \uFFFD\n---\n' });
  });
});

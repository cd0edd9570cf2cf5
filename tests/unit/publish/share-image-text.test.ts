import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { ALWAYS_LOADED_FONTS, fallbackFontFiles, familyList } from '#publish/share-images/fallback-fonts.ts';
import { HEADLINE_MAX_HEIGHT, fitHeadline, headlineDirection } from '#publish/share-images/headline-fitting.ts';

const require = createRequire(import.meta.url);
const fileNames = (text: string) => fallbackFontFiles(text).map((file) => file.path.split('/').pop());

/** The code points a fontsource file covers, from its package's unicode.json. */
function coveredBy(path: string): (codePoint: number) => boolean {
  const [, pkg, file] = /^(@fontsource\/[^/]+)\/files\/(.+)$/.exec(path)!;
  const slice = file!.replace(/^.*?-(\d+|[a-z-]+)-\d00-normal\.woff$/, '$1');
  const ranges = JSON.parse(readFileSync(require.resolve(`${pkg}/unicode.json`), 'utf8')) as Record<string, string>;
  const range = ranges[`[${slice}]`] ?? ranges[slice]!;
  const bounds = range.split(',').map((part) =>
    part
      .replace('U+', '')
      .split('-')
      .map((hex) => parseInt(hex, 16)),
  );
  return (codePoint) => bounds.some(([first, last = first]) => codePoint >= first! && codePoint <= last!);
}

describe('share image fonts', () => {
  it('load nothing beyond the house faces for Latin text, accents, punctuation and symbols included', () => {
    expect(fallbackFontFiles('In Mexico, “frustration” grows — Zürich, Łódź, Ærøskøbing; 2024: €5 © #1 ™ 50% off…')).toEqual([]);
  });

  it('load the Arabic and Hebrew files for those scripts, and nothing else', () => {
    expect(fileNames('الرئيس يلتقي وزراء الخارجية')).toEqual(['noto-sans-arabic-arabic-700-normal.woff']);
    expect(fileNames('הממשלה אישרה את התקציב')).toEqual(['noto-sans-hebrew-hebrew-700-normal.woff']);
  });

  it('load only the Chinese slices that hold the characters of the text', () => {
    const text = '中国经济增长放缓';
    const files = fallbackFontFiles(text);
    expect(files.length).toBeGreaterThan(0);
    expect(files.length).toBeLessThanOrEqual(new Set(text).size);
    for (const file of files) expect(file.path).toMatch(/^@fontsource\/noto-sans-sc\/files\/noto-sans-sc-\d+-700-normal\.woff$/);
    for (const character of text) {
      expect(
        files.some((file) => coveredBy(file.path)(character.codePointAt(0)!)),
        character,
      ).toBe(true);
    }
    const [onlyFile, ...others] = fallbackFontFiles('中');
    expect(others).toEqual([]);
    expect(coveredBy(onlyFile!.path)(0x4e2d)).toBe(true);
  });

  it('take Japanese forms for text with kana and Korean ones for text with Hangul', () => {
    expect(fileNames('日本の首相が辞任').every((name) => name!.startsWith('noto-sans-jp-'))).toBe(true);
    expect(fileNames('한국 대통령 선거').every((name) => name!.startsWith('noto-sans-kr-'))).toBe(true);
  });

  it('load the whole emoji face for emoji, even those built of several characters, but not for digits', () => {
    expect(fileNames('Launch day 🚀 👍🏽 🇫🇷 👨‍👩‍👧')).toEqual(['noto-emoji-emoji-700-normal.woff']);
    expect(fileNames('Match 2 #1')).toEqual([]);
  });

  it("load the house faces' own Cyrillic and Greek files, for both faces", () => {
    expect(fileNames('Путин')).toEqual(['source-serif-4-cyrillic-700-normal.woff', 'source-sans-3-cyrillic-600-normal.woff']);
    expect(fileNames('Ελλάδα')).toEqual(['source-serif-4-greek-700-normal.woff', 'source-sans-3-greek-600-normal.woff']);
  });

  it('name files that exist, each under a name of its own, and set a face in all of its loaded files', () => {
    const files = [...ALWAYS_LOADED_FONTS, ...fallbackFontFiles('Путин 中国 🚀 الرئيس')];
    for (const file of files) expect(existsSync(require.resolve(file.path)), file.path).toBe(true);
    expect(new Set(files.map((file) => file.name)).size).toBe(files.length);
    expect(familyList('Source Serif 4', files)).toBe('Source Serif 4, Source Serif 4 latin-ext, Source Serif 4 cyrillic');
  });
});

describe('share image headlines', () => {
  /** Each character 20 px wide and a line 40 px tall: 50 characters a line at every size. */
  const fakeHeight = (text: string) => Math.ceil([...text].length / 50) * 40;

  it('keep a headline that fits whole, at the size its length gives', async () => {
    expect(await fitHeadline('A short headline', (text) => Promise.resolve(fakeHeight(text)))).toEqual({
      text: 'A short headline',
      size: 72,
    });
  });

  it('set a headline that is too tall at its size one size smaller', async () => {
    const measured: number[] = [];
    const fitted = await fitHeadline('中国经济增长放缓', (_text, size) => {
      measured.push(size);
      return Promise.resolve(size === 72 ? HEADLINE_MAX_HEIGHT + 1 : 100);
    });
    expect(fitted).toEqual({ text: '中国经济增长放缓', size: 60 });
    expect(measured).toEqual([72, 60]);
  });

  it('shorten a headline too long even in the smallest size after a whole word, ending with an ellipsis', async () => {
    const headline = Array.from({ length: 200 }, (_, i) => `word${i}`).join(' ');
    const { text, size } = await fitHeadline(headline, (candidate) => Promise.resolve(fakeHeight(candidate)));
    expect(size).toBe(42);
    expect(text.endsWith('…')).toBe(true);
    const kept = text.slice(0, -1);
    expect(headline.startsWith(kept)).toBe(true);
    expect(headline[kept.length]).toBe(' ');
    expect(fakeHeight(text)).toBeLessThanOrEqual(HEADLINE_MAX_HEIGHT);
    // The longest such start: one more word would not fit.
    const nextWordEnd = headline.indexOf(' ', kept.length + 1);
    expect(fakeHeight(`${headline.slice(0, nextWordEnd)}…`)).toBeGreaterThan(HEADLINE_MAX_HEIGHT);
  });

  it('shorten a headline with no word short enough to fit by characters', async () => {
    const { text } = await fitHeadline('x'.repeat(1000), (candidate) => Promise.resolve(fakeHeight(candidate)));
    expect(text).toBe(`${'x'.repeat(499)}…`);
  });

  it('run right to left when their first letter is Arabic or Hebrew', () => {
    expect(headlineDirection('الرئيس يلتقي وزراء')).toBe('rtl');
    expect(headlineDirection('2024: הממשלה אישרה')).toBe('rtl');
    expect(headlineDirection('UN: الرئيس يلتقي')).toBe('ltr');
    expect(headlineDirection('中国经济')).toBe('ltr');
  });
});

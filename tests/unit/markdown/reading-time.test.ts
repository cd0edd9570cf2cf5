import { describe, expect, it } from 'vitest';
import { readingMinutes, readingTimeLabel, wordCount } from '#lib/markdown/reading-time.ts';

const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');

describe('readingMinutes', () => {
  it('is at least one minute for a short text', () => {
    expect(readingMinutes('Breaking news.')).toBe(1);
  });

  it('counts about 230 words a minute', () => {
    expect(readingMinutes(words(1150))).toBe(5);
  });

  it('rounds to the nearest minute', () => {
    expect(readingMinutes(words(2 * 230 + 100))).toBe(2);
  });
});

describe('readingTimeLabel', () => {
  it('says how many minutes', () => {
    expect(readingTimeLabel(words(690))).toBe('3 min read');
  });
});

describe('wordCount', () => {
  it('counts words, not punctuation or Markdown marks', () => {
    expect(wordCount('MEXICO CITY — When Pompeo’s counterpart said “no,” ## it *mattered*.')).toBe(9);
  });

  it('counts accented words once', () => {
    expect(wordCount('Peña Nieto y Gerónimo Gutiérrez')).toBe(5);
  });
});

/** The first article's source text (a copy of shared/seed/article.txt), split the way shared/seed/FACTS.md says. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const seedPath = fileURLToPath(new URL('../fixtures/seed-article.txt', import.meta.url));
const lines = readFileSync(seedPath, 'utf8').split('\n');
const line = (n: number) => lines[n - 1]!;

const relatedBetweenParagraphs = new Set([17, 31, 47, 63]);

export const seed = {
  headline: line(3),
  caption: line(5),
  credit: 'Andrew Harrer/Bloomberg',
  paragraphs: Array.from({ length: 35 }, (_, i) => 9 + 2 * i)
    .filter((n) => !relatedBetweenParagraphs.has(n))
    .map(line),
  relatedHeadlines: [17, 31, 47, 63, 79, 81, 83, 85].map(line),
  furniture: [line(1), line(7), line(87)],
  slug: 'mexico-frustration-with-trump-grows',
  permalink: '/world/2018/05/09/mexico-frustration-with-trump-grows/',
};

/**
 * Deterministic synthetic articles for benchmarks: the same seed gives the
 * same files. About 900 words each, six sections, tags, related links, and a
 * mix of date-only and timestamped dates. Every one is plainly synthetic.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: a small, well-known seeded PRNG. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SECTIONS: Array<[string, string[]]> = [
  ['World', ['The Americas', 'Europe', 'Asia']],
  ['Politics', ['Congress', 'Courts']],
  ['Business', ['Markets', 'Technology']],
  ['Science', ['Climate', 'Health']],
  ['Sports', []],
  ['Local', []],
];
const TAGS = ['Trade', 'Elections', 'Energy', 'Housing', 'Transit', 'Education', 'Budget', 'Weather', 'Courts', 'Health'];
const WORDS = (
  'the council said on monday that a new plan would change how the city pays for roads schools and parks while officials ' +
  'in the capital warned that talks could stall if neither side moved before the deadline analysts expect the vote to be ' +
  'close and residents who spoke at the meeting asked for more time to read the proposal which runs to several hundred pages'
).split(' ');

export function writeSyntheticArticles(dir: string, count: number, seed = 42): void {
  const articlesDir = join(dir, 'articles');
  mkdirSync(articlesDir, { recursive: true });
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const sentence = () => {
    const words = Array.from({ length: 12 + Math.floor(next() * 14) }, () => pick(WORDS));
    words[0] = words[0]!.charAt(0).toUpperCase() + words[0]!.slice(1);
    return `${words.join(' ')}.`;
  };
  for (let i = 0; i < count; i++) {
    const [section, subsections] = pick(SECTIONS);
    const subsection = subsections.length > 0 && next() < 0.7 ? pick(subsections) : undefined;
    const day = new Date(Date.UTC(2015, 0, 1) + Math.floor(next() * 3650) * 86_400_000);
    const iso = day.toISOString().slice(0, 10);
    const date =
      next() < 0.5
        ? iso
        : `${iso}T${String(8 + Math.floor(next() * 12)).padStart(2, '0')}:${String(Math.floor(next() * 60)).padStart(2, '0')}:00-05:00`;
    const paragraphs: string[] = [];
    let words = 0;
    while (words < 900) {
      const paragraph = Array.from({ length: 3 + Math.floor(next() * 3) }, sentence).join(' ');
      words += paragraph.split(' ').length;
      paragraphs.push(paragraph);
      if (paragraphs.length === 6) paragraphs.push('## A synthetic subheading');
    }
    const tags = [...new Set([pick(TAGS), pick(TAGS)])];
    const related = Array.from({ length: Math.floor(next() * 4) }, (_, k) =>
      k % 2 === 0
        ? `  - title: "Synthetic related item ${i}-${k}"\n    url: https://example.org/synthetic/${i}/${k}\n`
        : `  - title: "Synthetic related item ${i}-${k} without an address"\n`,
    ).join('');
    const frontmatter = [
      '---',
      `headline: "Synthetic benchmark article ${i}: ${sentence().slice(0, 60).replace(/\.$/, '')}"`,
      'byline:',
      `  - name: Synthetic Reporter ${1 + Math.floor(next() * 40)}`,
      `date: ${date}`,
      `section: ${section}`,
      ...(subsection ? [`subsection: ${subsection}`] : []),
      'tags:',
      ...tags.map((tag) => `  - ${tag}`),
      ...(related ? ['relatedLinks:', related.trimEnd()] : []),
      '---',
    ].join('\n');
    writeFileSync(join(articlesDir, `synthetic-${String(i).padStart(6, '0')}.md`), `${frontmatter}\n\n${paragraphs.join('\n\n')}\n`);
  }
}

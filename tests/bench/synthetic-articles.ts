/**
 * Deterministic synthetic articles for benchmarks: the same seed gives the
 * same files. About 900 words each, six registered sections, forty registered
 * reporters, tags, related links, a mix of date-only and timestamped dates and,
 * for a share of them, a photo of a camera's size beside the article. Every one
 * is plainly synthetic.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';

/** mulberry32: a small, well-known seeded PRNG. */
export function random(seed: number): () => number {
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

const REPORTERS = 40;
/** A camera's size: what a newsroom's photographers hand in. */
export const PHOTO_SIZE = { width: 4000, height: 2667 };

function writeRegistries(dir: string): void {
  const sections = SECTIONS.map(
    ([name, subsections]) =>
      `- name: ${name}\n  description: Synthetic benchmark news about ${name.toLowerCase()}.\n` +
      (subsections.length === 0
        ? ''
        : `  subsections:\n${subsections.map((sub) => `    - name: ${sub}\n      description: Synthetic benchmark news about ${sub.toLowerCase()}.\n`).join('')}`),
  ).join('');
  writeFileSync(join(dir, 'sections.yaml'), sections);
  mkdirSync(join(dir, 'authors'), { recursive: true });
  for (let n = 1; n <= REPORTERS; n++) {
    writeFileSync(
      join(dir, 'authors', `synthetic-reporter-${n}.md`),
      `---\nname: Synthetic Reporter ${n}\nkind: person\n---\n\nA synthetic reporter for the benchmark.\n`,
    );
  }
}

/**
 * A photo with a camera photo's detail: a smooth field of colour from a coarse
 * random grid, with fine random grain, so that every photo's bytes differ (the
 * image pipeline caches by content) and the encoders have real work to do.
 */
export async function syntheticPhoto(next: () => number): Promise<Buffer> {
  const width = 800;
  const height = Math.round((width * PHOTO_SIZE.height) / PHOTO_SIZE.width);
  const grid = Array.from({ length: 7 * 5 * 3 }, () => 40 + next() * 180);
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const gx = (x / width) * 6;
      const gy = (y / height) * 4;
      const [x0, y0] = [Math.floor(gx), Math.floor(gy)];
      const [fx, fy] = [gx - x0, gy - y0];
      for (let c = 0; c < 3; c++) {
        const at = (i: number, j: number) => grid[(j * 7 + i) * 3 + c]!;
        const smooth =
          at(x0, y0) * (1 - fx) * (1 - fy) + at(x0 + 1, y0) * fx * (1 - fy) + at(x0, y0 + 1) * (1 - fx) * fy + at(x0 + 1, y0 + 1) * fx * fy;
        pixels[(y * width + x) * 3 + c] = Math.max(0, Math.min(255, smooth + (next() - 0.5) * 40));
      }
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .resize(PHOTO_SIZE.width, PHOTO_SIZE.height, { kernel: 'cubic' })
    .jpeg({ quality: 91 })
    .toBuffer();
}

/**
 * Drawing a photo takes about a second, so 10,000 of them would take hours: articles share
 * the pixels of `PHOTO_POOL` drawn photos, and each file is made distinct (the pipeline
 * caches by the file's content hash) by a JPEG comment naming its article, which every decoder
 * skips. Decoding and encoding cost the same as for a photo of its own.
 */
const PHOTO_POOL = 24;

function withComment(jpeg: Buffer, comment: string): Buffer {
  const text = Buffer.from(comment, 'latin1');
  const marker = Buffer.from([0xff, 0xfe, (text.length + 2) >> 8, (text.length + 2) & 0xff]);
  // After the start-of-image marker, the first two bytes.
  return Buffer.concat([jpeg.subarray(0, 2), marker, text, jpeg.subarray(2)]);
}

/** Writes `count` articles (and the registries they name); `photoShare` of them (0–1) get a photo. */
export async function writeSyntheticArticles(dir: string, count: number, { photoShare = 0, seed = 42 } = {}): Promise<number> {
  const articlesDir = join(dir, 'articles');
  mkdirSync(articlesDir, { recursive: true });
  writeRegistries(dir);
  const next = random(seed);
  const nextForPhotos = random(seed + 1);
  const pool: Buffer[] = [];
  let photos = 0;
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const sentence = () => {
    const words = Array.from({ length: 12 + Math.floor(next() * 14) }, () => pick(WORDS));
    words[0] = words[0]!.charAt(0).toUpperCase() + words[0]!.slice(1);
    return `${words.join(' ')}.`;
  };
  // Evenly spread: article i has a photo when the running share first reaches a whole photo.
  const hasPhoto = (i: number) => Math.floor((i + 1) * photoShare) > Math.floor(i * photoShare);
  for (let i = 0; i < count; i++) {
    const name = `synthetic-${String(i).padStart(6, '0')}`;
    const withPhoto = hasPhoto(i);
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
      `  - name: Synthetic Reporter ${1 + Math.floor(next() * REPORTERS)}`,
      `date: ${date}`,
      `section: ${section}`,
      ...(subsection ? [`subsection: ${subsection}`] : []),
      'tags:',
      ...tags.map((tag) => `  - ${tag}`),
      ...(related ? ['relatedLinks:', related.trimEnd()] : []),
      ...(withPhoto
        ? [
            'photo:',
            '  src: ./photo.jpg',
            `  alt: A synthetic benchmark photo, a blurred field of colour, for article ${i}.`,
            `  caption: "Synthetic photo ${i}."`,
            '  credit: Generated by the benchmark',
          ]
        : []),
      '---',
    ].join('\n');
    const text = `${frontmatter}\n\n${paragraphs.join('\n\n')}\n`;
    if (withPhoto) {
      // A photographed article is a folder, its photo beside it.
      const folder = join(articlesDir, name);
      mkdirSync(folder);
      writeFileSync(join(folder, 'index.md'), text);
      if (pool.length < PHOTO_POOL) pool.push(await syntheticPhoto(nextForPhotos));
      writeFileSync(join(folder, 'photo.jpg'), withComment(pool[photos % PHOTO_POOL]!, `synthetic photo of ${name}`));
      photos++;
    } else {
      writeFileSync(join(articlesDir, `${name}.md`), text);
    }
  }
  return photos;
}

/**
 * Printing the article: Chromium's own print-to-PDF, read back with
 * pdftotext (poppler-utils) as a reader of the paper copy would.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { seed } from '../support/seed.ts';

function pdfText(pdf: Buffer): { pages: number; text: string } {
  const dir = mkdtempSync(join(tmpdir(), 'print-'));
  const file = join(dir, 'article.pdf');
  writeFileSync(file, pdf);
  try {
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    return { pages, text };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The page's width and where its words start and end across the second page (all text), in points. */
function textSpan(pdf: Buffer): { width: number; left: number; right: number } {
  const dir = mkdtempSync(join(tmpdir(), 'print-'));
  const file = join(dir, 'article.pdf');
  writeFileSync(file, pdf);
  try {
    const boxes = execFileSync('pdftotext', ['-f', '2', '-l', '2', '-bbox', file, '-'], { encoding: 'utf8' });
    const width = Number(/<page width="([\d.]+)"/.exec(boxes)![1]);
    // The page number sits in the margin box at the foot's right: not the text's column.
    const words = [...boxes.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>([^<]*)</g)].filter(
      ([, , , word]) => !/^(Page|of|\d+)$/.test(word!),
    );
    return {
      width,
      left: Math.min(...words.map(([, xMin]) => Number(xMin))),
      right: Math.max(...words.map(([, , xMax]) => Number(xMax))),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** pdftotext breaks lines and may hyphenate nothing; compare on words alone. */
const words = (text: string) => text.replace(/[\s\u00a0]+/g, ' ').trim();

for (const format of ['Letter', 'A4'] as const) {
  test(`printing the article on ${format} gives at most four pages, about 60 to 80 characters a line, numbered, with the name and address on the first`, async ({
    page,
  }) => {
    await page.goto(seed.permalink);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format });
    const { pages, text } = pdfText(pdf);
    expect(pages).toBeLessThanOrEqual(4);
    // The body's lines, as pdftotext lays them out: the long ones, not headings or the last line of a paragraph.
    const lengths = text
      .split('\n')
      .map((line) => line.trim().length)
      .filter((length) => length > 40)
      .sort((a, b) => a - b);
    const median = lengths[Math.floor(lengths.length / 2)]!;
    expect(median).toBeGreaterThanOrEqual(60);
    expect(median).toBeLessThanOrEqual(80);
    const firstPage = words(text.split('\f')[0]!).replace(/ /g, '');
    expect(firstPage).toContain('Newsroom');
    expect(firstPage).toContain(`https://news.example.com${seed.permalink}`);
    expect(text).toContain(`Page 1 of ${pages}`);
    expect(text).toContain(`Page ${pages} of ${pages}`);
  });
}

test('printing the article gives a clean copy of the whole article', async ({ page }) => {
  await page.goto(seed.permalink);
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  const { pages, text } = pdfText(await page.pdf({ format: 'Letter', printBackground: true }));
  const printed = words(text);

  expect(pages).toBeGreaterThan(0);
  expect(pages).toBeLessThanOrEqual(4);
  expect(printed).toContain(words(seed.headline));
  expect(printed).toContain(words(seed.paragraphs[0]!));
  expect(printed).toContain(words(seed.paragraphs.at(-1)!));
  expect(printed.replace(/ /g, '')).toContain(`https://news.example.com${seed.permalink}`);
  for (const chrome of ['Skip to main content', 'Front page', 'min read']) expect(printed).not.toContain(chrome);
});

test('the printed related links write their addresses out', async ({ page }) => {
  await page.goto(seed.permalink);
  await page.emulateMedia({ media: 'print' });
  const { text } = pdfText(await page.pdf({ format: 'Letter' }));
  expect(text.replace(/\s+/g, '')).toContain(
    'https://www.washingtonpost.com/world/the_americas/mexican-president-rebukes-trump-over-border-threats/2018/04/05/99b8a49a-3914-11e8-af3c-2123715f78df_story.html',
  );
});

for (const format of ['Letter', 'A4'] as const) {
  test(`on ${format} the printed column is set in the middle of the paper, not against one side`, async ({ page }) => {
    await page.goto(seed.permalink);
    await page.emulateMedia({ media: 'print' });
    const { width, left, right } = textSpan(await page.pdf({ format }));
    // Before: 18 mm on the left, about 88 mm blank on the right of the column.
    expect(Math.abs(left - (width - right)), `left ${left} pt, right ${width - right} pt blank`).toBeLessThan(20);
  });
}

test('"Originally published by" prints in the text\'s face and size', async ({ page }) => {
  await page.goto(seed.permalink);
  await page.emulateMedia({ media: 'print' });
  const style = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((element) => {
        const computed = getComputedStyle(element);
        return { fontFamily: computed.fontFamily, fontSize: computed.fontSize };
      });
  expect(await style('.source-credit')).toEqual(await style('.article-body p'));
});

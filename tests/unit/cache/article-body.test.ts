/**
 * Bodies rendered ahead on every core (renderArticleBodiesAhead): what the loader then reads
 * from the cache is what rendering in place gives.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderArticleBodiesAhead, renderArticleBody, type BodyToRender } from '#lib/cache/article-body.ts';
import { renderBody } from '#lib/markdown/render-body.ts';

const bodies = (count: number): BodyToRender[] =>
  Array.from({ length: count }, (_, i) => ({
    markdown: `Paragraph ${i}, with "quotes" and [a link](https://example.com/${i}).\n\n<script>alert(${i})</script>\n`,
    options: { dateline: i % 2 === 0 ? 'LONDON' : undefined, typography: i % 3 === 0 ? 'as-typed' : 'typographic' },
  }));

let cacheDir: string;
beforeEach(() => {
  cacheDir = mkdtempSync(join(tmpdir(), 'bodies-'));
});
afterEach(() => rmSync(cacheDir, { recursive: true, force: true }));

// Each thread loads the whole Markdown pipeline first (about a second on an idle core): on a
// machine busy with a build beside the tests, two threads took over vitest's default 5 s.
const THREADS_TIMEOUT = 30_000;

describe('renderArticleBodiesAhead', () => {
  it(
    'renders every body of a large batch into the cache, in threads',
    async () => {
      await renderArticleBodiesAhead(bodies(80), cacheDir);
      expect(readdirSync(cacheDir).filter((name) => name.endsWith('.json'))).toHaveLength(80);
    },
    THREADS_TIMEOUT,
  );

  it(
    'caches what rendering in place gives, warnings included',
    async () => {
      const batch = bodies(80);
      await renderArticleBodiesAhead(batch, cacheDir);
      for (const { markdown, options } of batch.slice(0, 6)) {
        expect(await renderArticleBody(markdown, options, cacheDir)).toEqual(await renderBody(markdown, options));
      }
    },
    THREADS_TIMEOUT,
  );

  it('leaves a handful of bodies to be rendered in place, where threads would cost more than they save', async () => {
    await renderArticleBodiesAhead(bodies(3), cacheDir);
    expect(readdirSync(cacheDir)).toEqual([]);
  });
});

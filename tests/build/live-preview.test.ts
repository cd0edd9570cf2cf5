/**
 * `npm run dev` is a live preview (src/lib/loading/live-preview.ts): against a real dev server on a
 * copy of the fixture content, an edit shows within 2 s, a new article appears at its address and
 * a deleted one goes, and a broken article is shown on every page, file:line first, without
 * stopping the preview, until it is fixed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withoutVitestVariables } from '../support/site-build.ts';

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/** Polls `check` every 100 ms until it holds; the milliseconds it took, or a failure after `limit`. */
async function within(limit: number, check: () => Promise<boolean>): Promise<number> {
  const start = Date.now();
  while (Date.now() - start < limit) {
    if (await check()) return Date.now() - start;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`not seen within ${limit} ms`);
}

let dev: ChildProcess;
let dir: string;
let origin: string;
let content: string;
let log = '';
const page = async (path: string) => {
  const response = await fetch(`${origin}${path}`);
  return { status: response.status, html: await response.text() };
};
const FLAT = '/local/2024/01/10/synthetic-library-hours/';
const FOLDER = '/testing/2023/05/15/synthetic-photo-story/';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'live-preview-'));
  content = join(dir, 'content');
  cpSync('tests/fixtures/site-content', content, { recursive: true });
  const port = await freePort();
  origin = `http://localhost:${port}`;
  dev = spawn('npx', ['astro', 'dev', '--port', String(port)], {
    env: { ...withoutVitestVariables(process.env), CONTENT_DIR: content, BUILD_CACHE_DIR: join(dir, 'cache'), PREVIEW_DRAFTS: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  dev.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  dev.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  await within(60_000, async () => (await fetch(`${origin}/`).catch(() => undefined))?.status === 200);
}, 90_000);

afterAll(() => {
  dev.kill();
  rmSync(dir, { recursive: true, force: true });
});

const edit = (file: string, from: RegExp, to: string) =>
  writeFileSync(join(content, file), readFileSync(join(content, file), 'utf8').replace(from, to));

describe('npm run dev', () => {
  it('serves the photos a page names, made on request', async () => {
    const { html } = await page(FOLDER);
    const webp = /<source type="image\/webp" srcset="([^" ]+)/.exec(html)![1]!;
    const response = await fetch(`${origin}${webp}`);
    expect(response.headers.get('content-type')).toBe('image/webp');
    expect((await sharp(Buffer.from(await response.arrayBuffer())).metadata()).width).toBe(400);
  });

  it('shows an edit to a flat article within 2 s', async () => {
    edit('articles/synthetic-library-hours.md', /^headline: .*$/m, 'headline: "Library edited live"');
    await expect(within(2000, async () => (await page(FLAT)).html.includes('Library edited live'))).resolves.toBeLessThan(2000);
  });

  it('shows an edit to a folder article within 2 s', async () => {
    edit('articles/synthetic-photo-story/index.md', /^headline: .*$/m, 'headline: "Photo story edited live"');
    await expect(within(2000, async () => (await page(FOLDER)).html.includes('Photo story edited live'))).resolves.toBeLessThan(2000);
  });

  it('shows an edit to a registry within 2 s', async () => {
    edit('authors/fixture-reporter-two.md', /A second synthetic reporter/, 'A reporter whose bio was edited live');
    await expect(
      within(2000, async () => (await page('/by/fixture-reporter-two/')).html.includes('A reporter whose bio was edited live')),
    ).resolves.toBeLessThan(2000);
  });

  it('serves a new article at its address within 5 s, and drops it once deleted', async () => {
    const file = join(content, 'articles/live-new-story.md');
    writeFileSync(
      file,
      '---\nheadline: A story written while dev runs\nbyline:\n  - name: Fixture Reporter Two\ndate: 2024-01-11\nsection: Local\n---\n\nText.\n',
    );
    await within(5000, async () => (await page('/local/2024/01/11/live-new-story/')).status === 200);
    rmSync(file);
    await within(5000, async () => (await page('/local/2024/01/11/live-new-story/')).status === 404);
  });

  it('marks a draft as a draft wherever it is listed: on a front, in a listing and in a sidebar', async () => {
    const markedDraft = /class="preview-status"[^>]*>Draft<\/strong>\s*<a href="\/local\/2024\/03\/06\/synthetic-draft\/"/;
    expect((await page('/')).html).toMatch(markedDraft);
    expect((await page('/local/')).html).toMatch(markedDraft);
    expect((await page(FLAT)).html).toMatch(markedDraft);
  });

  it('shows a broken article on every page with its file and line, keeps the rest working, and clears it once fixed', async () => {
    const file = 'articles/synthetic-summit-ends.md';
    const original = readFileSync(join(content, file), 'utf8');
    writeFileSync(join(content, file), original.replace(/^section: .*$/m, 'sectoin: Local'));
    await within(5000, async () => (await page('/')).html.includes('role="alert"'));
    const { html } = await page(FLAT);
    expect(html).toMatch(/synthetic-summit-ends\.md:\d+:1\n {2}unknown field &quot;sectoin&quot;/);
    expect((await page(FLAT)).status).toBe(200);
    expect(log).not.toMatch(/^\s+at /m);

    writeFileSync(join(content, file), original);
    await within(5000, async () => !(await page('/')).html.includes('role="alert"'));
  });
});

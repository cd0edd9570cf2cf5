/**
 * Page budgets, checked on the built site (dist/, built by `npm test` before
 * vitest runs). Each failure names the budget and the measured value.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { seed } from '../support/seed.ts';

const DIST = 'dist';
const ARTICLE = join(DIST, seed.permalink, 'index.html');
/** One TCP initial congestion window (10 × 1,400-byte segments). */
const CRITICAL_BYTES_BUDGET = 14_000;
/**
 * Raised from 1,024 B when the button began waiting for the panel to near the
 * viewport, which took total blocking time off every article's load
 * (docs/decisions/011-rendering-work-at-load.md), and from 1,536 B when the
 * script began marking the words a reader searched for (issue 24): about 1 KB gzip.
 */
const ARTICLE_SCRIPT_BUDGET = 2_304;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** The page's HTML plus every stylesheet it links to, each gzip-compressed as a server would send it. */
function criticalBytes(htmlPath: string): { html: number; css: number } {
  const html = readFileSync(htmlPath);
  const stylesheets = [...html.toString().matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1]!);
  const css = stylesheets.reduce((sum, href) => sum + gzipSync(readFileSync(join(DIST, href)), { level: 9 }).length, 0);
  return { html: gzipSync(html, { level: 9 }).length, css };
}

describe('page budgets', () => {
  it('the built site exists', () => {
    expect(existsSync(ARTICLE), `${ARTICLE} is missing: run npm run build first`).toBe(true);
  });

  it(`the article page's critical bytes (HTML + CSS, gzip) fit in ${CRITICAL_BYTES_BUDGET} bytes`, () => {
    const { html, css } = criticalBytes(ARTICLE);
    expect(
      html + css,
      `critical-bytes budget ${CRITICAL_BYTES_BUDGET} B; measured ${html + css} B (HTML ${html} B + CSS ${css} B, gzip)`,
    ).toBeLessThanOrEqual(CRITICAL_BYTES_BUDGET);
  });

  it('every page is within the critical-bytes budget', () => {
    const over = htmlFiles(DIST)
      .map((file) => ({ file, ...criticalBytes(file) }))
      .filter(({ html, css }) => html + css > CRITICAL_BYTES_BUDGET)
      .map(({ file, html, css }) => `${file}: ${html + css} B`);
    expect(over, `critical-bytes budget ${CRITICAL_BYTES_BUDGET} B exceeded`).toEqual([]);
  });

  it(`the article script is at most ${ARTICLE_SCRIPT_BUDGET} bytes`, () => {
    const size = statSync(join(DIST, 'article.js')).size;
    expect(size, `article-script budget ${ARTICLE_SCRIPT_BUDGET} B; measured ${size} B`).toBeLessThanOrEqual(ARTICLE_SCRIPT_BUDGET);
  });

  it('article pages load no script but their own enhancement (/article.js), and other pages none but search', () => {
    const offenders = htmlFiles(DIST).flatMap((file) => {
      const html = readFileSync(file, 'utf8');
      const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!);
      const allowed = file.includes(`${join(DIST, 'search')}/`) ? ['/search.js'] : ['/article.js'];
      return scripts
        .filter((attrs) => !attrs.includes('type="application/ld+json"'))
        .filter((attrs) => !allowed.some((src) => attrs.includes(`src="${src}"`)))
        .map((attrs) => `${file}: <script${attrs}>`);
    });
    expect(offenders, 'script budget: only /article.js (articles) and Pagefind (search) may load').toEqual([]);
  });

  it('no layout shift: every image reserves its box with width and height', () => {
    const unsized = htmlFiles(DIST).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/<img\b[^>]*>/g)]
        .map((m) => m[0])
        .filter((tag) => !/\swidth="\d+"/.test(tag) || !/\sheight="\d+"/.test(tag))
        .map((tag) => `${file}: ${tag}`),
    );
    expect(unsized, 'layout-shift budget: images without width and height').toEqual([]);
  });
});

/**
 * The hostile-Markdown fixture, as built into dist-fixture/: none of its
 * vectors reaches the page as live markup, and the safe markup an article
 * needs survives.
 */
import { readFileSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { parseArticleSource } from '#lib/content/frontmatter.ts';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, it } from 'vitest';

const PAGE = 'dist-fixture/testing/2023/06/01/synthetic-hostile-markdown/index.html';
let body: Element;
let page: Root;

beforeAll(() => {
  page = fromHtml(readFileSync(PAGE, 'utf8'));
  visit(page, 'element', (node: Element) => {
    if (node.properties['className'] && String(node.properties['className']).includes('article-body')) body = node;
  });
});

const elements = (tree: Root | Element) => {
  const found: Element[] = [];
  visit(tree, 'element', (node: Element) => {
    found.push(node);
  });
  return found;
};

/** What a browser would make of a URL attribute: entities already decoded by the parser; control characters and spaces dropped. */
const scheme = (value: unknown): string =>
  String(value)
    .replace(/[^\u0021-\u{10FFFF}]/gu, '')
    .toLowerCase()
    .split(':')[0] ?? '';

describe('hostile Markdown', () => {
  it('the article body is on the page', () => {
    expect(body).toBeDefined();
  });

  it('shows a headline with markup, shell and path specials, an entity and an emoji exactly as typed', () => {
    const source = readFileSync('tests/fixtures/site-content/articles/synthetic-hostile-markdown.md', 'utf8');
    const typed = parseArticleSource(source).frontmatter['headline'];
    const h1 = elements(page).filter((node) => node.tagName === 'h1');
    expect(h1.map((node) => toString(node).trim())).toEqual([typed]);
  });

  it('leaves no dangerous element in the body', () => {
    const forbidden = [
      'script',
      'iframe',
      'object',
      'embed',
      'form',
      'input',
      'button',
      'style',
      'base',
      'meta',
      'link',
      'svg',
      'math',
      'noscript',
    ];
    expect(
      elements(body)
        .map((e) => e.tagName)
        .filter((tag) => forbidden.includes(tag)),
    ).toEqual([]);
  });

  it('leaves no event-handler or style attribute', () => {
    const bad = elements(body).flatMap((e) =>
      Object.keys(e.properties)
        .filter((name) => /^on/i.test(name) || name === 'style')
        .map((name) => `${e.tagName}.${name}`),
    );
    expect(bad).toEqual([]);
  });

  it('leaves no javascript:, data: or vbscript: address', () => {
    const bad = elements(body).flatMap((e) =>
      ['href', 'src', 'action', 'formAction', 'cite', 'data']
        .filter((name) => e.properties[name] !== undefined && ['javascript', 'data', 'vbscript'].includes(scheme(e.properties[name])))
        .map((name) => `${e.tagName}.${name}=${String(e.properties[name])}`),
    );
    expect(bad).toEqual([]);
  });

  it('the whole page runs no script but the article script', () => {
    const scripts = elements(page).filter((e) => e.tagName === 'script');
    expect(scripts.map((s) => String(s.properties['src'] ?? s.properties['type'])).sort()).toEqual(['/article.js', 'application/ld+json']);
  });

  it('gives external links rel="noopener noreferrer"', () => {
    const external = elements(body).filter((e) => e.tagName === 'a' && String(e.properties['href']).startsWith('https://'));
    expect(external.length).toBeGreaterThan(0);
    for (const link of external) expect(link.properties['rel']).toEqual(['noopener', 'noreferrer']);
  });

  it('keeps the safe markup articles need', () => {
    const tags = new Set(elements(body).map((e) => e.tagName));
    for (const tag of ['abbr', 'sup', 'cite', 'figure', 'figcaption', 'blockquote', 'table']) expect(tags).toContain(tag);
    const abbr = elements(body).find((e) => e.tagName === 'abbr')!;
    expect(abbr.properties['title']).toBe('North American Free Trade Agreement');
  });

  it('keeps the words of defused markup as text, so nothing the author wrote silently vanishes from view', () => {
    const text = readFileSync(PAGE, 'utf8');
    for (const words of ['v05 javascript link', 'v19 styled paragraph', 'v20 handlers', 'v26 Markdown javascript link'])
      expect(text).toContain(words);
  });
});

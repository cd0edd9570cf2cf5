/**
 * Which pages a publish renders and which it keeps as published (src/publish/published-pages.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkKeptPages, outputFileOf, pageAddresses, pagesToRender, readPageRecord, type PageRecord } from '#publish/published-pages.ts';
import { temporaryFolder } from '../../support/temporary-folder.ts';

const page = (pathname: string, cacheKey?: string) => ({ pathname, route: { type: 'page' }, cacheKey });
const published: PageRecord = {
  '/world/': { key: 'w1', file: 'world/index.html' },
  '/a/': { key: 'a1', file: 'a/index.html' },
};
const everyFilePublished = () => true;

describe('outputFileOf', () => {
  it.each([
    ['/', 'page', 'index.html'],
    ['/world/', 'page', 'world/index.html'],
    ['/world', 'page', 'world/index.html'],
    ['/tags/café/', 'page', 'tags/café/index.html'],
    ['/world/rss.xml', 'endpoint', 'world/rss.xml'],
    ['/_redirects/', 'endpoint', '_redirects'],
    ['/404/', 'page', '404.html'],
  ])('%s (%s) is written to %s', (pathname, type, file) => {
    expect(outputFileOf({ pathname, route: { type } })).toBe(file);
  });
});

describe('pageAddresses', () => {
  it('gives every page for the sitemaps, but the endpoints and the error pages', () => {
    const listed = [page('/'), page('/world/', 'w1'), page('/404/'), page('/500/'), { pathname: '/rss.xml', route: { type: 'endpoint' } }];
    expect(pageAddresses(listed)).toEqual(['/', '/world/']);
  });
});

describe('pagesToRender', () => {
  it('keeps a page whose key is the published one', () => {
    const { render, kept } = pagesToRender([page('/world/', 'w1')], published, everyFilePublished);
    expect([render, kept]).toEqual([[], ['/world/']]);
  });

  it('renders a page whose key changed', () => {
    const { render, kept } = pagesToRender([page('/world/', 'w2')], published, everyFilePublished);
    expect([render.map((p) => p.pathname), kept]).toEqual([['/world/'], []]);
  });

  it('renders a page the last publish did not have', () => {
    expect(pagesToRender([page('/b/', 'b1')], published, everyFilePublished).render).toHaveLength(1);
  });

  it('renders a page whose published file is missing', () => {
    expect(pagesToRender([page('/world/', 'w1')], published, () => false).render).toHaveLength(1);
  });

  it('always renders a page without a key, and records none for it', () => {
    const { render, record } = pagesToRender([page('/404/')], published, everyFilePublished);
    expect(render).toHaveLength(1);
    expect(record).toEqual({});
  });

  it('renders, and records none of, the pages at an address two routes give', () => {
    const { render, kept, record } = pagesToRender([page('/world/', 'w1'), page('/world', 'x1')], published, everyFilePublished);
    expect([render.length, kept, record]).toEqual([2, [], {}]);
  });

  it('records every keyed page with its new key, and none of the pages gone', () => {
    const { record } = pagesToRender([page('/world/', 'w2'), page('/b/', 'b1')], published, everyFilePublished);
    expect(record).toEqual({ '/world/': { key: 'w2', file: 'world/index.html' }, '/b/': { key: 'b1', file: 'b/index.html' } });
  });
});

describe('the record of the published pages', () => {
  it.each([
    ['emptied', ''],
    ['cut short', '{"/world/":{"key":"w1","fi'],
    ['a list', '[]'],
    ['with a page without its file', '{"/world/":{"key":"w1"}}'],
    ['with a page that is null', '{"/world/":null}'],
  ])('%s: is read as none, so every page is rendered', (_, text) => {
    const file = join(temporaryFolder('page-record'), 'record.json');
    writeFileSync(file, text);
    expect(readPageRecord(file)).toEqual({});
  });
});

describe('linkKeptPages', () => {
  it('refuses to link over a page Astro wrote', () => {
    const work = temporaryFolder('kept-pages');
    for (const folder of ['dist/world', 'staging/world']) mkdirSync(join(work, folder), { recursive: true });
    writeFileSync(join(work, 'dist/world/index.html'), 'published');
    writeFileSync(join(work, 'staging/world/index.html'), 'rendered');
    expect(() => linkKeptPages({ record: published, kept: ['/world/'] }, join(work, 'dist'), join(work, 'staging'))).toThrow(
      /both kept and rendered/,
    );
  });
});

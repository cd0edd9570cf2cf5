/**
 * Which published pages are linked into the staging folder for Astro to restore
 * (src/publish/published-pages.ts): exactly those that the record kept at the last publish and
 * Astro's current record describe alike.
 */
import { describe, expect, it } from 'vitest';
import { agreedOutputFiles, type IncrementalRecord } from '#publish/published-pages.ts';

const record = (): IncrementalRecord => ({
  version: 1,
  configHash: 'config',
  lockfileHash: 'lock',
  routes: {
    'src/pages/[section]/[...page].astro': {
      dependencyHash: 'listing-code',
      paths: { '/world/': { outputFile: 'world/index.html' }, '/local/': { outputFile: 'local/index.html' } },
    },
    'src/pages/[slug].astro': { dependencyHash: 'article-code', paths: { '/a/': { outputFile: 'a/index.html' } } },
  },
});

describe('agreedOutputFiles', () => {
  it('is every page when both records are the same', () => {
    expect(agreedOutputFiles(record(), record()).sort()).toEqual(['a/index.html', 'local/index.html', 'world/index.html']);
  });

  it.each([
    ["Astro's record format", (r: IncrementalRecord) => (r.version = 2)],
    ['the configuration', (r: IncrementalRecord) => (r.configHash = 'other')],
    ['the lock file', (r: IncrementalRecord) => (r.lockfileHash = 'other')],
  ])('is no page when %s changed', (_what, change) => {
    const current = record();
    change(current);
    expect(agreedOutputFiles(record(), current)).toEqual([]);
  });

  it('leaves out every page of a route whose code changed, and only those', () => {
    const current = record();
    current.routes['src/pages/[slug].astro']!.dependencyHash = 'new-article-code';
    expect(agreedOutputFiles(record(), current).sort()).toEqual(['local/index.html', 'world/index.html']);
  });

  it('leaves out a page written to another file, and a page the last publish did not have', () => {
    const current = record();
    current.routes['src/pages/[section]/[...page].astro']!.paths = {
      '/world/': { outputFile: 'world.html' },
      '/local/': { outputFile: 'local/index.html' },
      '/sport/': { outputFile: 'sport/index.html' },
    };
    expect(agreedOutputFiles(record(), current).sort()).toEqual(['a/index.html', 'local/index.html']);
  });

  it('leaves out a route the last publish did not have', () => {
    const published = record();
    delete published.routes['src/pages/[slug].astro'];
    expect(agreedOutputFiles(published, record())).not.toContain('a/index.html');
  });
});

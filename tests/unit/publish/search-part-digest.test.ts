/**
 * The digest a search index part is kept under in the build cache (src/publish/pagefind.ts): a part
 * is reused only when nothing it is made from changed, and indexed again when anything did.
 */
import { describe, expect, it } from 'vitest';
import { partDigest } from '#publish/pagefind.ts';

const part = { bundlePath: '/pagefind/2024-03/', articlePaths: ['/world/2024/03/04/a/', '/world/2024/03/05/b/'] };
const identities = (changed?: string) => (page: string) => (page === changed ? 'new-file' : `file-of-${page}`);
const digest = (p = part, version = '1.4.0', identityOf = identities()) => partDigest(p, version, identityOf);

describe('a search part digest', () => {
  it('is the same for the same pages, files and Pagefind', () => {
    expect(digest()).toBe(digest(structuredClone(part)));
  });

  it('changes when one of its pages is a new file', () => {
    expect(digest(part, '1.4.0', identities('/world/2024/03/05/b/index.html'))).not.toBe(digest());
  });

  it('does not change when a page outside the part is a new file', () => {
    expect(digest(part, '1.4.0', identities('/world/2023/01/01/c/index.html'))).toBe(digest());
  });

  it('changes when a page joins or leaves the part', () => {
    expect(digest({ ...part, articlePaths: part.articlePaths.slice(1) })).not.toBe(digest());
  });

  it('changes with where the part is written', () => {
    expect(digest({ ...part, bundlePath: '/pagefind/2024/' })).not.toBe(digest());
  });

  it('changes with the version of Pagefind', () => {
    expect(digest(part, '1.5.0')).not.toBe(digest());
  });
});

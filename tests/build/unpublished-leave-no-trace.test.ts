/**
 * The fixture's draft and its story scheduled for 2099 carry everything a story can (pinned,
 * a registered author of their own with a portrait, bio and links, a section and subsection of
 * their own, a one-off credit, tags, a dek, a photo, an old address, related links), each field
 * marked "zqxdraft", "zqxsched" or, for the registry entries only they use, "zqxhidden". No
 * file of the published site (Pagefind's read decompressed), no file name and no line of the
 * publish's list of changes may carry a marker: no page, feed, sitemap, search entry, share
 * card, _headers or _redirects line, author or section page, navigation link or photo.
 * A site whose only stories are these is tested in nothing-published.test.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../support/site-build.ts';

const SITE = 'dist-fixture';
const UNPUBLISHED_MARKERS = ['zqxdraft', 'zqxsched', 'zqxhidden'];

/** A file's text, lowercased, Pagefind's gzipped files decompressed. */
function textOf(file: string): string {
  const bytes = readFileSync(file);
  const unzipped = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
  return unzipped.toString('latin1').toLowerCase();
}

describe.each([
  ['a story scheduled for 2099', 'zqxhidden-desk/2099/01/01/synthetic-scheduled-for-2099'],
  ['a draft', 'local/2024/03/06/synthetic-draft'],
])('%s', (_what, page) => {
  it('has no page at its address', () => {
    expect(existsSync(join(SITE, page))).toBe(false);
  });
});

describe.each(UNPUBLISHED_MARKERS)('the marker %s of an unpublished story', (marker) => {
  it('names no file or folder of the site', () => {
    expect(filesUnder(SITE).filter((path) => path.toLowerCase().includes(marker))).toEqual([]);
  });

  it('is in no file of the site, the search index decompressed', () => {
    const files = filesUnder(SITE).filter((file) => !file.endsWith('/'));
    expect(files.length).toBeGreaterThan(100);
    expect(files.filter((file) => textOf(join(SITE, file)).includes(marker))).toEqual([]);
  });

  it('is not in the list of what the publish changed', () => {
    expect(textOf(`${SITE}.changes.json`)).not.toContain(marker);
  });
});

describe('the photos of unpublished stories and of their author', () => {
  // Published photos are named by their bytes, not by their file: a photo an unpublished story
  // leaked would be a folder of _photos that no published file names.
  it('are not published: every published photo is shown by a published file', () => {
    const named = filesUnder(SITE)
      .filter((file) => /\.(html|xml|json)$/.test(file))
      .map((file) => readFileSync(join(SITE, file), 'utf8'))
      .join('\n');
    const photos = [...new Set(filesUnder(join(SITE, '_photos')).map((file) => file.split('/')[0]!))];
    expect(photos.length).toBeGreaterThan(0);
    expect(photos.filter((folder) => !named.includes(`/_photos/${folder}/`))).toEqual([]);
  });
});

describe('the check for markers', () => {
  it('reads the search index: a word of a published story is found in it', () => {
    const pagefind = filesUnder(join(SITE, 'pagefind')).filter((file) => /\.pf_(index|fragment)$/.test(file));
    expect(pagefind.some((file) => textOf(join(SITE, 'pagefind', file)).includes('council'))).toBe(true);
  });
});

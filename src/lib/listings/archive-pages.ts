/**
 * Where a listing's archive pages begin and end. The cuts are content-defined, as rsync and
 * FastCDC cut files into chunks: an article ends its page when the page holds at least half the
 * page size and the article's id falls on a cut (a hash of the id), or when the page is full at
 * one and a half times the page size. A cut then belongs to the articles themselves, not to
 * their count: publishing, correcting or deleting an article changes its own page and seldom
 * more than the next one or two, never every page after it, as counting pages from either end would
 * (docs/decisions/022).
 */

export interface PageBounds {
  /** Fewest articles on an archive page (half the page size, rounded up). */
  least: number;
  /** Most articles on an archive page (one and a half times the page size, rounded down). */
  most: number;
}

export function pageBounds(pageSize: number): PageBounds {
  const least = Math.ceil(pageSize / 2);
  return { least, most: Math.max(least, pageSize + Math.floor(pageSize / 2)) };
}

/**
 * A 32-bit hash of a short string, spread over all its bits: FNV-1a, then MurmurHash3's final
 * mix. FNV-1a alone leaves its low bits following the characters' low bits, so numbered names
 * ("vote-1", "vote-2") would fall on cuts in step. Any stable, well-spread hash would do.
 */
function hash32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/**
 * Splits ids, oldest first, into runs: every run but the last ends on a cut; the last holds the
 * articles after the last cut (possibly none). With one id in `pageSize - least + 1` a cut, pages
 * average a little under the page size (about 19 at 20) and about one in seven is cut for being
 * full; such cuts count articles, so a deletion moves them, and the pages resynchronise at the
 * next cut an id makes.
 */
export function cutIntoPages(idsOldestFirst: ReadonlyArray<string>, pageSize: number): number[] {
  const { least, most } = pageBounds(pageSize);
  const cutBelow = 2 ** 32 / (pageSize - least + 1);
  const lengths: number[] = [];
  let length = 0;
  for (const id of idsOldestFirst) {
    length++;
    if (length >= most || (length >= least && hash32(id) < cutBelow)) {
      lengths.push(length);
      length = 0;
    }
  }
  lengths.push(length);
  return lengths;
}

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cutIntoPages, pageBounds } from '#lib/listings/archive-pages.ts';

const ids = (count: number, prefix = 'article') => Array.from({ length: count }, (_, i) => `${prefix}-${i}`);

/** The ids each run ends on, for comparing two cuttings of nearly the same list. */
function runs(list: string[], pageSize: number): string[][] {
  let start = 0;
  return cutIntoPages(list, pageSize).map((length) => list.slice(start, (start += length)));
}

describe('pageBounds', () => {
  it('allows half to one and a half times the page size', () => {
    expect(pageBounds(20)).toEqual({ least: 10, most: 30 });
    expect(pageBounds(2)).toEqual({ least: 1, most: 3 });
    expect(pageBounds(1)).toEqual({ least: 1, most: 1 });
  });
});

describe('cutIntoPages', () => {
  it('keeps every article once, in order, and every closed run within the bounds', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1 }), { maxLength: 300 }), fc.integer({ min: 1, max: 40 }), (list, pageSize) => {
        const lengths = cutIntoPages(list, pageSize);
        const { least, most } = pageBounds(pageSize);
        expect(lengths.reduce((sum, n) => sum + n, 0)).toBe(list.length);
        for (const length of lengths.slice(0, -1)) expect(length >= least && length <= most).toBe(true);
        expect(lengths.at(-1)!).toBeLessThan(most);
      }),
    );
  });

  it('makes pages of a little under the page size on average, numbered names or not', () => {
    // Page size 14 makes one name in eight a cut: a hash whose low bits follow the names' characters fails it.
    for (const pageSize of [14, 20])
      for (const names of [ids(20_000), ids(20_000, 'council-vote'), ids(20_000).map((id) => `${id.length}-${id}-story`)]) {
        const lengths = cutIntoPages(names, pageSize).slice(0, -1);
        const mean = lengths.reduce((sum, n) => sum + n, 0) / lengths.length;
        expect(mean).toBeGreaterThan(0.85 * pageSize);
        expect(mean).toBeLessThan(pageSize);
      }
  });

  it('never changes the runs before an article that is added, edited into place or deleted', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1 }), { minLength: 1, maxLength: 200 }), fc.nat(), (list, at) => {
        const where = at % list.length;
        const without = list.filter((_, i) => i !== where);
        const before = runs(list, 5)
          .slice(0, -1)
          .filter((run) => list.indexOf(run.at(-1)!) < where);
        expect(runs(without, 5).slice(0, before.length)).toEqual(before);
      }),
    );
  });

  it('changes the run of a deleted article and seldom more: deleting each of 2,000 articles in turn', () => {
    const list = ids(2_000);
    const original = runs(list, 20).map((run) => run.join());
    const changed = list.map((_, at) => {
      const after = new Set(runs(list.toSpliced(at, 1), 20).map((run) => run.join()));
      return original.filter((run) => !after.has(run)).length;
    });
    const mean = changed.reduce((sum, n) => sum + n, 0) / changed.length;
    // Counting from either end, deleting an article would change every run after (or before) it: about 50 on average here.
    expect(mean).toBeLessThan(2);
    expect(Math.max(...changed)).toBeLessThanOrEqual(10);
  });
});

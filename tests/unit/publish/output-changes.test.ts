/** What a publish changes, from the two outputs' lists of files (src/publish/output-changes.ts), without a disk. */
import { describe, expect, it } from 'vitest';
import { classifyFiles } from '#publish/output-changes.ts';

const published = new Set(['index.html', 'world/index.html', 'old/index.html']);
const sameUnless =
  (...changed: string[]) =>
  (path: string) =>
    !changed.includes(path);

describe('classifyFiles', () => {
  it('lists a file only the new output has as added', () => {
    expect(classifyFiles(published, [...published, 'new/index.html'], sameUnless()).added).toEqual(['new/index.html']);
  });

  it('lists a file only the published output has as removed', () => {
    expect(classifyFiles(published, ['index.html', 'world/index.html'], sameUnless()).removed).toEqual(['old/index.html']);
  });

  it('lists a file in both whose bytes differ as changed, not as unchanged', () => {
    const changes = classifyFiles(published, published, sameUnless('world/index.html'));
    expect(changes.changed).toEqual(['world/index.html']);
    expect(changes.unchangedPaths).not.toContain('world/index.html');
  });

  it('counts a file in both with the same bytes as unchanged, and lists it nowhere else', () => {
    const changes = classifyFiles(published, published, sameUnless());
    expect(changes).toMatchObject({ added: [], changed: [], removed: [], unchanged: 3 });
  });

  it('asks about the bytes only of files in both outputs', () => {
    const asked: string[] = [];
    classifyFiles(new Set(['a']), ['a', 'b'], (path) => Boolean(asked.push(path)));
    expect(asked).toEqual(['a']);
  });

  it('sorts each list, whatever order the files were found in', () => {
    const changes = classifyFiles(new Set(['z', 'y']), ['c', 'a', 'b'], sameUnless());
    expect(changes.added).toEqual(['a', 'b', 'c']);
    expect(changes.removed).toEqual(['y', 'z']);
  });
});

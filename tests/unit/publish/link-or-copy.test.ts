/** A placed file's identity (src/publish/link-or-copy.ts): what tells an unchanged output file from a changed one without reading it. */
import type { Stats } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileIdentity } from '#publish/link-or-copy.ts';

const file = (stats: Partial<Stats>): Stats => ({ dev: 1, ino: 10, size: 100, birthtimeMs: 5000, mtimeMs: 7000, ...stats }) as Stats;

describe('fileIdentity', () => {
  it('is the same for the same file', () => {
    expect(fileIdentity(file({}))).toBe(fileIdentity(file({})));
  });

  it('does not change when only the modification time does (the publish sets it back)', () => {
    expect(fileIdentity(file({ mtimeMs: 9000 }))).toBe(fileIdentity(file({})));
  });

  it.each([
    ['another inode', { ino: 11 }],
    ['another device', { dev: 2 }],
    ['another size', { size: 101 }],
    ['another birth time', { birthtimeMs: 6000 }],
  ])('differs for %s', (_what, stats: Partial<Stats>) => {
    expect(fileIdentity(file(stats))).not.toBe(fileIdentity(file({})));
  });

  it('uses the modification time where the file system keeps no birth time', () => {
    expect(fileIdentity(file({ birthtimeMs: 0, mtimeMs: 9000 }))).not.toBe(fileIdentity(file({ birthtimeMs: 0 })));
  });
});

/**
 * Placing files from a build cache into the output: hard links cost no copy, and a file placed
 * unchanged keeps its modification time, so sync tools skip it. Nothing writes into a placed file
 * in place (every step writes new files), so the cache and the output never alter each other.
 */
import { copyFileSync, cpSync, linkSync, mkdirSync, readdirSync, type Stats } from 'node:fs';
import { join } from 'node:path';

/**
 * A file's identity (device, inode, size, birth time). An unchanged output file is the same file
 * from build to build (linked, never written into) and a changed one is always a new file, so this
 * tells them apart without reading either. Not the modification time: the comparison with the
 * published site sets an unchanged file's back to the published one's (where a file system keeps
 * no birth time, it is used).
 */
export const fileIdentity = ({ dev, ino, size, birthtimeMs, mtimeMs }: Stats): string => `${dev}:${ino}:${size}:${birthtimeMs || mtimeMs}`;

/** Places `from` at `to`, by a hard link where it can; says which it did. */
export function linkOrCopy(from: string, to: string): 'linked' | 'copied' {
  try {
    linkSync(from, to);
    return 'linked';
  } catch (error) {
    // A cache on another file system cannot be linked to.
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    copyFileSync(from, to);
    return 'copied';
  }
}

/** Links every file under `from` into the same place under `to`, leaving out the top-level entries `skip` names. */
export function linkTree(from: string, to: string, skip: (name: string) => boolean = () => false): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (skip(entry.name)) continue;
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) linkTree(source, target);
    else if (entry.isFile()) linkOrCopy(source, target);
    else cpSync(source, target);
  }
}

/**
 * What a publish changes: the new output compared with the one it replaces, file by file. A file
 * whose bytes are unchanged takes the previous file's modification time, so `rsync` and object-store
 * sync tools send only what changed; the lists of files added, changed and removed are written
 * beside the output (`<outDir>.changes.json`) for hosts that take a list.
 */
import { readFileSync, readdirSync, statSync, utimesSync, writeFileSync, type Dirent, type Stats } from 'node:fs';
import { join, relative } from 'node:path';
import type { TakenDownArticle } from './taken-down.ts';

export interface OutputChanges {
  added: string[];
  changed: string[];
  removed: string[];
  unchanged: number;
}

/** Every file under `root`, by its path relative to it, with forward slashes, but those in the top-level folder `skipped`. */
function filesUnder(root: string, skipped?: string): Map<string, Stats> {
  const files = new Map<string, Stats>();
  let entries: Dirent[];
  try {
    entries = readdirSync(root, { withFileTypes: true }).flatMap((entry) =>
      entry.name === skipped && entry.isDirectory()
        ? []
        : entry.isDirectory()
          ? readdirSync(join(root, entry.name), { recursive: true, withFileTypes: true })
          : [entry],
    );
  } catch {
    return files;
  }
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(root, path).split('\\').join('/'), statSync(path));
  }
  return files;
}

function sameBytes(a: string, aStats: Stats, b: string, bStats: Stats): boolean {
  if (aStats.ino === bStats.ino && aStats.dev === bStats.dev) return true;
  return aStats.size === bStats.size && readFileSync(a).equals(readFileSync(b));
}

/**
 * The files added, changed and removed between two outputs' lists of paths, each list sorted, and
 * those unchanged; `unchanged(path)` says whether a path in both has the same bytes.
 */
export function classifyFiles(
  before: ReadonlySet<string>,
  after: Iterable<string>,
  unchanged: (path: string) => boolean,
): OutputChanges & { unchangedPaths: string[] } {
  const changes = { added: [] as string[], changed: [] as string[], removed: [] as string[], unchanged: 0, unchangedPaths: [] as string[] };
  const kept = new Set<string>();
  for (const path of after) {
    kept.add(path);
    if (!before.has(path)) changes.added.push(path);
    else if (!unchanged(path)) changes.changed.push(path);
    else changes.unchangedPaths.push(path);
  }
  for (const path of before) if (!kept.has(path)) changes.removed.push(path);
  for (const list of [changes.added, changes.changed, changes.removed]) list.sort();
  changes.unchanged = changes.unchangedPaths.length;
  return changes;
}

/**
 * Compares `next` (about to be published) with `previous` (published), and gives unchanged files
 * their old times; a top-level folder `skipped` is left out of both (one the publish moves from
 * the old site into the new, whose changes it knows).
 */
export function compareOutputs(next: string, previous: string, skipped?: string): OutputChanges {
  const before = filesUnder(previous, skipped);
  const after = filesUnder(next, skipped);
  const { unchangedPaths, ...changes } = classifyFiles(new Set(before.keys()), after.keys(), (path) =>
    sameBytes(join(next, path), after.get(path)!, join(previous, path), before.get(path)!),
  );
  for (const path of unchangedPaths) {
    const old = before.get(path)!;
    if (after.get(path)!.mtimeMs !== old.mtimeMs) utimesSync(join(next, path), old.atime, old.mtime);
  }
  return changes;
}

/** The list of files added, changed and removed, with the published articles taken down and why (see taken-down.ts). */
export function writeChangeList(file: string, changes: OutputChanges, takenDown: ReadonlyArray<TakenDownArticle>): void {
  const { added, changed, removed } = changes;
  writeFileSync(file, `${JSON.stringify({ added, changed, removed, takenDown }, null, 2)}\n`);
}

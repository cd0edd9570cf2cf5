/**
 * Each folder's README names every file in it, and names no file it does not hold: a module added,
 * moved or renamed without its README fails here, as a setting does against the README's table.
 * The folders are src/lib's (each with its own README) and src/publish (one README for it and
 * its subfolders, naming files by their path inside it).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const LIB = join(ROOT, 'src/lib');
const PUBLISH = join(ROOT, 'src/publish');

/** Every file under `folder` but its README, as a path inside it. */
function filesIn(folder: string, recursive: boolean): string[] {
  return readdirSync(folder, { recursive, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name !== 'README.md')
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .sort();
}

/** The files a README names as its own: code spans holding a .ts path not from the project's root (`src/…`). */
function namedIn(readme: string): string[] {
  return [...readme.matchAll(/`((?:[\w-]+\/)*[\w-]+\.ts)`/g)].map((match) => match[1]!).filter((path) => !path.startsWith('src/'));
}

const libFolders = readdirSync(LIB, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const folders = [
  ...libFolders.map((name) => ({ name: `src/lib/${name}`, folder: join(LIB, name), recursive: false })),
  { name: 'src/publish', folder: PUBLISH, recursive: true },
];

describe('folder READMEs', () => {
  it('finds the folders', () => {
    expect(libFolders).toEqual(expect.arrayContaining(['content', 'loading', 'cache']));
  });

  it.each(folders)('$name has a README naming every file in it', ({ folder, recursive }) => {
    const readmePath = join(folder, 'README.md');
    expect(existsSync(readmePath), `${relative(ROOT, readmePath)} is missing`).toBe(true);
    const named = new Set(namedIn(readFileSync(readmePath, 'utf8')));
    expect(filesIn(folder, recursive).filter((file) => !named.has(file))).toEqual([]);
  });

  it.each(folders)('$name has a README naming no file it does not hold', ({ folder, recursive }) => {
    const files = new Set(filesIn(folder, recursive));
    const named = namedIn(readFileSync(join(folder, 'README.md'), 'utf8'));
    expect(named.filter((file) => !files.has(file))).toEqual([]);
  });

  it('src/lib/README.md names every folder of src/lib', () => {
    const readme = readFileSync(join(LIB, 'README.md'), 'utf8');
    expect(libFolders.filter((name) => !readme.includes(`\`${name}/\``))).toEqual([]);
  });
});

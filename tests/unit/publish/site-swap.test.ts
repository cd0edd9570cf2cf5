/**
 * The swap of the new site for the published one (src/publish/site-swap.ts): cut short between
 * its two renames, the next publish puts the published site back rather than leaving none.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { swapInNewSite, undoInterruptedSwap } from '#publish/site-swap.ts';
import { temporaryFolder } from '../../support/temporary-folder.ts';

function sites() {
  const work = temporaryFolder('site-swap');
  const [outDir, staging, previous] = ['dist', 'dist.staging', 'dist.previous'].map((name) => join(work, name)) as [string, string, string];
  for (const [folder, text] of [
    [outDir, 'old'],
    [staging, 'new'],
  ] as const) {
    mkdirSync(folder);
    writeFileSync(join(folder, 'index.html'), text);
  }
  return { outDir, staging, previous };
}

describe('swapInNewSite', () => {
  it('puts the new site in place, the old one aside, and leaves no journal', () => {
    const { outDir, staging, previous } = sites();
    swapInNewSite(staging, outDir, previous);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('new');
    expect(readFileSync(join(previous, 'index.html'), 'utf8')).toBe('old');
    expect(existsSync(`${outDir}.swapping`)).toBe(false);
  });
});

describe('undoInterruptedSwap', () => {
  it('puts the published site back when a swap stopped between its renames', () => {
    const { outDir, staging, previous } = sites();
    // As a swap killed after its first rename leaves it: the journal, the published site aside, no site in place.
    writeFileSync(`${outDir}.swapping`, previous);
    renameSync(outDir, previous);
    expect(undoInterruptedSwap(outDir, previous)).toBe(true);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('old');
    expect(existsSync(staging)).toBe(true);
    expect(existsSync(`${outDir}.swapping`)).toBe(false);
  });

  it('leaves the site in place when the swap stopped before its first rename', () => {
    const { outDir, previous } = sites();
    writeFileSync(`${outDir}.swapping`, previous);
    expect(undoInterruptedSwap(outDir, previous)).toBe(false);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('old');
    expect(existsSync(`${outDir}.swapping`)).toBe(false);
  });
});

/**
 * The swap of the new site for the published one (src/publish/site-swap.ts): cut short before the
 * change list is written, the next publish puts the published site back.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { swapDone, swapInNewSite, undoInterruptedSwap } from '#publish/site-swap.ts';
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
const page = (folder: string) => readFileSync(join(folder, 'index.html'), 'utf8');

describe('swapInNewSite', () => {
  it('puts the new site in place and the old one aside; once done, leaves nothing to undo', () => {
    const { outDir, staging, previous } = sites();
    swapInNewSite(staging, outDir, previous);
    swapDone(outDir);
    expect([page(outDir), page(previous)]).toEqual(['new', 'old']);
    expect(undoInterruptedSwap(outDir, previous, staging)).toBe(false);
    expect(page(outDir)).toBe('new');
  });
});

describe('undoInterruptedSwap', () => {
  it('puts the published site back when a swap stopped between its renames', () => {
    const { outDir, staging, previous } = sites();
    // As a swap killed after its first rename leaves it: the journal, the published site aside, no site in place.
    writeFileSync(`${outDir}.swapping`, previous);
    renameSync(outDir, previous);
    expect(undoInterruptedSwap(outDir, previous, staging)).toBe(true);
    expect([page(outDir), page(staging)]).toEqual(['old', 'new']);
    expect(existsSync(`${outDir}.swapping`)).toBe(false);
  });

  it('puts the published site back when the renames were made but the change list was not written', () => {
    const { outDir, staging, previous } = sites();
    swapInNewSite(staging, outDir, previous);
    expect(undoInterruptedSwap(outDir, previous, staging)).toBe(true);
    expect([page(outDir), page(staging)]).toEqual(['old', 'new']);
  });

  it('leaves the site in place when the swap stopped before its first rename', () => {
    const { outDir, staging, previous } = sites();
    writeFileSync(`${outDir}.swapping`, previous);
    expect(undoInterruptedSwap(outDir, previous, staging)).toBe(false);
    expect(page(outDir)).toBe('old');
    expect(existsSync(`${outDir}.swapping`)).toBe(false);
  });
});

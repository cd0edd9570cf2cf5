/**
 * The swap of the new site for the published one (src/publish/site-swap.ts): cut short between
 * its two renames, the next publish puts the new site in place rather than deleting it.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { finishInterruptedSwap, swapInNewSite } from '#publish/site-swap.ts';
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
  return { work, outDir, staging, previous };
}

describe('swapInNewSite', () => {
  it('puts the new site in place, the old one aside, and leaves no journal', () => {
    const { work, outDir, staging, previous } = sites();
    swapInNewSite(staging, outDir, previous);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('new');
    expect(readFileSync(join(previous, 'index.html'), 'utf8')).toBe('old');
    expect(finishInterruptedSwap(join(work, 'dist.staging'), outDir)).toBe(false);
  });
});

describe('finishInterruptedSwap', () => {
  it('puts the new site in place when a swap stopped between its renames', () => {
    const { outDir, staging, previous } = sites();
    // As a swap killed after its first rename leaves it: the journal, the old site aside, no site in place.
    writeFileSync(`${outDir}.swapping`, staging);
    renameSync(outDir, previous);
    expect(finishInterruptedSwap(staging, outDir)).toBe(true);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('new');
    expect(existsSync(`${outDir}.swapping`)).toBe(false);
  });

  it('leaves a published site in place when the swap had finished its renames', () => {
    const { outDir, staging } = sites();
    writeFileSync(`${outDir}.swapping`, staging);
    expect(finishInterruptedSwap(staging, outDir)).toBe(true);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('old');
  });
});

/**
 * The swap of the new site for the published one (src/publish/site-swap.ts): cut short before the
 * change list is written, the next publish puts the published site back; once done, the replaced
 * site is moved out of the next publish's way at once and deleted in the background.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimedName, discardedSites, discardReplacedSite, swapDone, swapInNewSite, undoInterruptedSwap } from '#publish/site-swap.ts';
import { goneProcess } from '../../support/gone-process.ts';
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

describe('discardReplacedSite', () => {
  it('moves the replaced site from the name the next publish uses before it returns', () => {
    const { outDir, staging, previous } = sites();
    swapInNewSite(staging, outDir, previous);
    swapDone(outDir);
    discardReplacedSite(outDir, previous);
    expect(existsSync(previous)).toBe(false);
    expect(page(outDir)).toBe('new');
  });

  it('claims every replaced site for its deletion before it returns, so nothing is renamed beside the site afterwards', () => {
    const { outDir, staging, previous } = sites();
    mkdirSync(`${outDir}.discarded-1-1`);
    swapInNewSite(staging, outDir, previous);
    swapDone(outDir);
    discardReplacedSite(outDir, previous);
    const beside = readdirSync(join(outDir, '..')).filter((name) => name !== 'dist');
    expect(beside.filter((name) => !/\.by-\d+$/.test(name))).toEqual([]);
    expect(discardedSites(outDir)).toEqual([]);
  });

  it('deletes it in the background, with what an earlier, stopped deletion left', { timeout: 15_000 }, async () => {
    const { outDir, staging, previous } = sites();
    // Claimed by a deletion whose process is gone (a kill, a power cut).
    const leftOver = claimedName(`${outDir}.discarded-1-1`, goneProcess());
    mkdirSync(join(leftOver, 'world'), { recursive: true });
    writeFileSync(join(leftOver, 'world', 'index.html'), 'older');
    swapInNewSite(staging, outDir, previous);
    swapDone(outDir);
    discardReplacedSite(outDir, previous);
    // Until the folder holds the site alone: a folder being deleted is claimed, so no longer among discardedSites.
    const beside = () => readdirSync(join(outDir, '..')).sort();
    for (let waited = 0; beside().length > 1 && waited < 10_000; waited += 50) await sleep(50);
    expect(discardedSites(outDir)).toEqual([]);
    expect(beside()).toEqual(['dist']);
  });
});

describe('discardedSites', () => {
  it('leaves out a replaced site a running deletion has claimed, so no two deletions walk one folder', () => {
    const { outDir } = sites();
    const unclaimed = `${outDir}.discarded-1-1`;
    const claimedByRunning = claimedName(`${outDir}.discarded-2-2`, process.pid);
    const claimedByGone = claimedName(`${outDir}.discarded-3-3`, goneProcess());
    for (const folder of [unclaimed, claimedByRunning, claimedByGone]) mkdirSync(folder);
    expect(discardedSites(outDir).sort()).toEqual([unclaimed, claimedByGone].sort());
  });
});

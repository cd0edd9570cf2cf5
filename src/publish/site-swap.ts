/**
 * The new site takes the published one's place in two renames (the published folder aside, the
 * staging folder in), and until `dist.changes.json` says what changed, the host has not been told
 * of the new site. A journal file, written before the first rename and removed once the change
 * list is written, tells the next publish that a swap was cut short in between (a kill, a power
 * cut): it undoes the swap, putting the published site back (the new one becomes a staging folder
 * again, to be deleted), so that its own comparison and change list are against the site the host
 * last received.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isRunning } from './publish-lock.ts';

const journalOf = (outDir: string) => `${outDir}.swapping`;

/** Puts `staging` in the place of `outDir`, the published site moved to `previous`; `swapDone` ends it. */
export function swapInNewSite(staging: string, outDir: string, previous: string): void {
  rmSync(previous, { recursive: true, force: true });
  writeFileSync(journalOf(outDir), `${previous}\n`);
  if (existsSync(outDir)) renameSync(outDir, previous);
  renameSync(staging, outDir);
}

/** Ends the swap, once the change list describes the new site. */
export function swapDone(outDir: string): void {
  rmSync(journalOf(outDir));
}

/** Undoes a swap cut short before it was done; says whether it put the published site back. */
export function undoInterruptedSwap(outDir: string, previous: string, staging: string): boolean {
  const journal = journalOf(outDir);
  if (!existsSync(journal)) return false;
  const undone = existsSync(previous);
  if (undone) {
    if (existsSync(outDir)) {
      rmSync(staging, { recursive: true, force: true });
      renameSync(outDir, staging);
    }
    renameSync(previous, outDir);
  }
  rmSync(journal);
  return undone;
}

/** A discarded site's name once a deletion has claimed it: "dist.discarded-<pid>-<time>.by-<pid>". */
const CLAIM = /\.by-(\d+)$/;

/** `folder`'s name once process `pid` claims it (any earlier, dead claim replaced). */
export const claimedName = (folder: string, pid: number): string => `${folder.replace(CLAIM, '')}.by-${pid}`;

/**
 * The replaced sites beside `outDir` waiting to be deleted: named so no publish uses them, and
 * not claimed by a deletion still running (one stopped by a kill or a power cut left its claim).
 */
export function discardedSites(outDir: string): string[] {
  const prefix = `${basename(outDir)}.discarded-`;
  return readdirSync(dirname(outDir))
    .filter((name) => name.startsWith(prefix))
    .filter((name) => {
      const claim = CLAIM.exec(name);
      return !claim || !isRunning(Number(claim[1]));
    })
    .map((name) => join(dirname(outDir), name));
}

/**
 * Deletes the replaced site, once the swap is done, in a process of its own
 * (discarded-site-deletion.ts): the new site is already live, and deleting ten thousand pages
 * would only keep the newsroom waiting. It is first renamed to a name of its own, at once and
 * within the publish lock, so that the next publish, which may start while the deletion runs,
 * never deletes or swaps into it. Folders an earlier deletion left (stopped by a kill, a power
 * cut) go with it. Each is claimed for the deletion process here, renamed with its id before this
 * returns: no two deletions walk one folder, and once the publish has ended nothing is renamed
 * beside the site any more (a folder deleted by another program at that moment, a test's, once
 * met a new name appearing in it and failed with ENOTEMPTY).
 */
export function discardReplacedSite(outDir: string, previous: string): void {
  if (existsSync(previous)) renameSync(previous, `${outDir}.discarded-${process.pid}-${Date.now()}`);
  const folders = discardedSites(outDir);
  if (folders.length === 0) return;
  const deletion = fileURLToPath(new URL('./discarded-site-deletion.ts', import.meta.url));
  const child = spawn(process.execPath, ['--experimental-strip-types', '--disable-warning=ExperimentalWarning', deletion, ...folders], {
    detached: true,
    stdio: 'ignore',
  }).on('error', (error) => console.warn(`build: the replaced site was not deleted (${error.message}); the next publish deletes it`));
  child.unref();
  if (child.pid !== undefined) for (const folder of folders) renameSync(folder, claimedName(folder, child.pid));
}

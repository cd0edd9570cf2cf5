/**
 * The new site takes the published one's place in two renames (the published folder aside, the
 * staging folder in), and between them no site is in place. A journal file, written before the
 * first rename and removed after the second, tells the next publish that a swap was cut short
 * there (a kill, a power cut): it undoes the swap, putting the published site back, so that its
 * own comparison, and `dist.changes.json`, are against the site the host last received.
 */
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';

const journalOf = (outDir: string) => `${outDir}.swapping`;

/** Puts `staging` in the place of `outDir`, the published site moved to `previous`. */
export function swapInNewSite(staging: string, outDir: string, previous: string): void {
  rmSync(previous, { recursive: true, force: true });
  writeFileSync(journalOf(outDir), `${previous}\n`);
  if (existsSync(outDir)) renameSync(outDir, previous);
  renameSync(staging, outDir);
  rmSync(journalOf(outDir));
}

/** Undoes a swap cut short between its two renames; says whether it put the published site back. */
export function undoInterruptedSwap(outDir: string, previous: string): boolean {
  const journal = journalOf(outDir);
  if (!existsSync(journal)) return false;
  const undone = !existsSync(outDir) && existsSync(previous);
  if (undone) renameSync(previous, outDir);
  rmSync(journal);
  return undone;
}

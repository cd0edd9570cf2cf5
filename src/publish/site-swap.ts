/**
 * The new site takes the published one's place in two renames (the published folder aside, the
 * staging folder in), and between them no site is in place. A journal file, written before the
 * first rename and removed after the second, tells the next publish that a swap was cut short
 * there (a kill, a power cut): it finishes the swap, so the new site, which was complete, goes
 * live, instead of being deleted as a half-built staging folder would be.
 */
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';

const journalOf = (outDir: string) => `${outDir}.swapping`;

/** Puts `staging` in the place of `outDir`, the published site moved to `previous`. */
export function swapInNewSite(staging: string, outDir: string, previous: string): void {
  rmSync(previous, { recursive: true, force: true });
  writeFileSync(journalOf(outDir), `${staging}\n`);
  if (existsSync(outDir)) renameSync(outDir, previous);
  renameSync(staging, outDir);
  rmSync(journalOf(outDir));
}

/** Finishes a swap cut short between its two renames; says whether there was one. */
export function finishInterruptedSwap(staging: string, outDir: string): boolean {
  const journal = journalOf(outDir);
  if (!existsSync(journal)) return false;
  if (!existsSync(outDir) && existsSync(staging)) renameSync(staging, outDir);
  rmSync(journal);
  return true;
}

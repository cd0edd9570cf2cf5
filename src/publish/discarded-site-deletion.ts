/**
 * Deletes the replaced sites named on its command line, in a process of its own that
 * discardReplacedSite (site-swap.ts) starts after a publish. Each folder is first claimed, renamed
 * to a name carrying this process's id: a folder another deletion claimed first is no longer
 * there and is passed over, and one whose claimant is gone is deleted by the next publish's.
 */
import { renameSync, rmSync } from 'node:fs';
import { claimedName } from './site-swap.ts';

for (const folder of process.argv.slice(2)) {
  const claimed = claimedName(folder, process.pid);
  try {
    renameSync(folder, claimed);
    rmSync(claimed, { recursive: true, force: true });
  } catch {
    // Claimed by another deletion, or undeletable now: the next publish starts one again.
  }
}

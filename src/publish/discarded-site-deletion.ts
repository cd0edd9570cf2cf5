/**
 * Deletes the replaced sites named on its command line, in a process of its own that
 * discardReplacedSite (site-swap.ts) starts after a publish. That publish claims each folder for
 * this process, renaming it with this process's id, just after starting it: each is deleted under
 * its claimed name once it is there. One not claimed in time (the publish was killed first) stays
 * unclaimed, and the next publish's deletion takes it.
 */
import { existsSync, rmSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { claimedName } from './site-swap.ts';

const CLAIM_WAIT_MS = 10_000;

for (const folder of process.argv.slice(2)) {
  const claimed = claimedName(folder, process.pid);
  for (const start = Date.now(); !existsSync(claimed) && Date.now() - start < CLAIM_WAIT_MS;) await sleep(20);
  try {
    rmSync(claimed, { recursive: true, force: true });
  } catch {
    // Undeletable now: claimed by a process that is gone, it is the next publish's to delete.
  }
}

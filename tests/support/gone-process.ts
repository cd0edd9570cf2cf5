/** The id of a process that ran and is gone: what a publish or a deletion killed outright leaves in its lock or claim. */
import { spawnSync } from 'node:child_process';

export const goneProcess = (): number => spawnSync(process.execPath, ['-e', '']).pid;

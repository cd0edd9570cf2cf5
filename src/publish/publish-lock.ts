/**
 * One publish into an output folder at a time. Two at once (two editors pressing publish) share
 * the staging folder: the second deleted the first's half-built site from under its Astro at
 * start, and their swaps and change lists crossed. The second now waits for the first.
 *
 * The lock is a folder beside the output folder (`<outDir>.publishing`; making a folder is atomic)
 * holding its owner's process id and host. A publish killed outright (`kill -9`, a power cut)
 * leaves it behind: the next one takes it over at once when that process is gone, rather than
 * after a stale time, as a lock refreshed by a timer (proper-lockfile, used for Astro's own
 * folder, decision 033) would make it wait. A process id reused by another program does not keep
 * the lock: on Linux the owner must still be a publish (its command line names this script).
 */
import { hostname } from 'node:os';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

interface LockOwner {
  pid: number;
  host: string;
}

const OWNER_FILE = 'owner.json';
/** What a publish's command line holds (`npm run build` runs this file). */
const PUBLISH_SCRIPT = 'publish-site';

export function publishLockFolder(outDir: string): string {
  return `${outDir}.publishing`;
}

function readOwner(lock: string): LockOwner | undefined {
  try {
    const owner = JSON.parse(readFileSync(join(lock, OWNER_FILE), 'utf8')) as Partial<LockOwner>;
    return typeof owner.pid === 'number' && typeof owner.host === 'string' ? { pid: owner.pid, host: owner.host } : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the process `pid` of this machine is running, and (where the system says) is a publish. */
export function isRunningPublish(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it runs, as another user.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(PUBLISH_SCRIPT);
  } catch {
    // No /proc (macOS): a running process is taken for the owner.
    return true;
  }
}

/**
 * Why the lock at `lock` may not be taken now: its owner, described, or undefined when it is free
 * to take (no owner file yet counts as taken: its owner is writing it).
 */
function heldBy(lock: string, isRunning: (pid: number) => boolean): string | undefined {
  const owner = readOwner(lock);
  if (owner === undefined) return 'a publish starting';
  if (owner.host !== hostname()) return `a publish on ${owner.host} (process ${owner.pid})`;
  return isRunning(owner.pid) ? `process ${owner.pid}` : undefined;
}

/**
 * Takes the lock on `outDir`, waiting while another running publish holds it, and taking over one
 * whose publish is gone. Returns its release, which also runs when the process exits.
 */
export async function holdOutputFolder(
  outDir: string,
  {
    say = console.log,
    isRunning = isRunningPublish,
    pollMs = 250,
  }: { say?: (message: string) => void; isRunning?: (pid: number) => boolean; pollMs?: number } = {},
): Promise<() => void> {
  const lock = publishLockFolder(outDir);
  let waitingFor: string | undefined;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, OWNER_FILE), JSON.stringify({ pid: process.pid, host: hostname() } satisfies LockOwner));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = heldBy(lock, isRunning);
    if (holder === undefined) {
      say(`build: the last publish into ${outDir} was stopped before it finished; taking over its lock`);
      rmSync(lock, { recursive: true, force: true });
      continue;
    }
    if (holder !== waitingFor) say(`build: another publish into ${outDir} is running (${holder}); waiting for it to finish`);
    waitingFor = holder;
    await sleep(pollMs);
  }
  const release = () => {
    process.off('exit', release);
    if (readOwner(lock)?.pid === process.pid) rmSync(lock, { recursive: true, force: true });
  };
  process.on('exit', release);
  return release;
}

/**
 * One publish into an output folder at a time. Two at once (two editors pressing publish) share
 * the staging folder: the second deleted the first's half-built site from under its Astro at
 * start, and their swaps and change lists crossed. The second now waits for the first.
 *
 * The lock is a file beside the output folder (`<outDir>.publishing`) naming its owner's process
 * and host. It is written whole under a name of its own and then hard-linked into place, which
 * fails if the lock exists: there is never a lock without its owner. A publish killed outright
 * (`kill -9`, a power cut) leaves it behind; the next one takes it over at once when that process
 * is gone, rather than after a stale time, as a lock refreshed by a timer (proper-lockfile, used
 * for Astro's own folder, decision 033) would make it wait. A process id reused by another
 * program does not keep the lock: on Linux the owner must still be a publish (its command line
 * names this script); nor does one reused by this very publish (a restarted container). Two
 * publishes finding the same dead lock break it one at a time (`<outDir>.publishing.breaking`),
 * each checking again that it is the lock it found dead, so only one of them can hold it.
 */
import { hostname } from 'node:os';
import { linkSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

interface LockOwner {
  pid: number;
  host: string;
}

/** What a publish's command line holds (`npm run build` runs this file). */
const PUBLISH_SCRIPT = 'publish-site';
/** A lock whose owner cannot be read (a power cut left it empty) is taken for dead once this old. */
const UNREADABLE_LOCK_MS = 10_000;

export function publishLockFile(outDir: string): string {
  return `${outDir}.publishing`;
}

function readOwner(lock: string): LockOwner | undefined {
  try {
    const owner = JSON.parse(readFileSync(lock, 'utf8')) as Partial<LockOwner>;
    return typeof owner.pid === 'number' && typeof owner.host === 'string' ? { pid: owner.pid, host: owner.host } : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the process `pid` of this machine is running. */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether the process `pid` of this machine is running, and (where the system says) is a publish. */
export function isRunningPublish(pid: number): boolean {
  if (!isRunning(pid)) return false;
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(PUBLISH_SCRIPT);
  } catch {
    // No /proc (macOS): a running process is taken for the owner.
    return true;
  }
}

const ageMs = (file: string) => Date.now() - (statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());

/**
 * Who holds the lock, described, or undefined when its owner is gone (the lock is then broken). A
 * lock of another host is never broken: this machine cannot tell whether its publish runs.
 */
function heldBy(lock: string, owner: LockOwner | undefined, isRunning: (pid: number) => boolean): string | undefined {
  if (owner === undefined) return ageMs(lock) > UNREADABLE_LOCK_MS ? undefined : 'a publish starting';
  if (owner.host !== hostname()) return `a publish on ${owner.host} (process ${owner.pid}); if that publish is gone, delete ${lock}`;
  // Not yet ours, so a lock naming this process is a predecessor's that had the same id.
  if (owner.pid === process.pid) return undefined;
  return isRunning(owner.pid) ? `process ${owner.pid}` : undefined;
}

/** Breaks the lock found dead with `seen` as its owner, unless another publish broke it first. Says whether it did. */
function breakDeadLock(lock: string, seen: LockOwner | undefined): boolean {
  const breaking = `${lock}.breaking`;
  try {
    mkdirSync(breaking);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    // Left by a publish killed while breaking a lock: gone after a while.
    if (ageMs(breaking) > UNREADABLE_LOCK_MS) rmSync(breaking, { recursive: true, force: true });
    return false;
  }
  try {
    const now = readOwner(lock);
    if (now?.pid !== seen?.pid || now?.host !== seen?.host) return false;
    rmSync(lock, { force: true });
    return true;
  } finally {
    rmSync(breaking, { recursive: true, force: true });
  }
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
  const lock = publishLockFile(outDir);
  mkdirSync(dirname(lock), { recursive: true });
  const mine = `${lock}.${process.pid}`;
  writeFileSync(mine, JSON.stringify({ pid: process.pid, host: hostname() } satisfies LockOwner));
  let waitingFor: string | undefined;
  try {
    for (;;) {
      try {
        linkSync(mine, lock);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const owner = readOwner(lock);
      const holder = heldBy(lock, owner, isRunning);
      if (holder === undefined) {
        if (breakDeadLock(lock, owner)) say(`build: the last publish into ${outDir} was stopped before it finished; taking over its lock`);
        else await sleep(pollMs);
        continue;
      }
      if (holder !== waitingFor) say(`build: another publish into ${outDir} is running (${holder}); waiting for it to finish`);
      waitingFor = holder;
      await sleep(pollMs);
    }
  } finally {
    rmSync(mine, { force: true });
  }
  const release = () => {
    process.off('exit', release);
    if (readOwner(lock)?.pid === process.pid) rmSync(lock, { force: true });
  };
  process.on('exit', release);
  return release;
}

/**
 * One publish into an output folder at a time (src/publish/publish-lock.ts): a second waits for
 * the first, and a lock whose publish was killed is taken over at once.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it, onTestFinished } from 'vitest';
import { holdOutputFolder, isRunningPublish, publishLockFolder } from '#publish/publish-lock.ts';
import { temporaryFolder } from '../../support/temporary-folder.ts';

const quiet = { say: () => undefined, pollMs: 10 };

/** A lock folder as a publish of process `pid` on `host` leaves it. */
function leftLock(outDir: string, pid: number, host = hostname()): void {
  mkdirSync(publishLockFolder(outDir));
  writeFileSync(join(publishLockFolder(outDir), 'owner.json'), JSON.stringify({ pid, host }));
}

/** The id of a process that ran and is gone. */
const goneProcess = () => spawnSync(process.execPath, ['-e', '']).pid;

describe('holdOutputFolder', () => {
  it('makes a second publish wait until the first releases the folder', async () => {
    const outDir = join(temporaryFolder('publish-lock'), 'dist');
    // Both publishes are this test's process, which runs, though not as the publish script.
    const sameProcess = { ...quiet, isRunning: (pid: number) => pid === process.pid };
    const releaseFirst = await holdOutputFolder(outDir, sameProcess);
    let secondHolds = false;
    const second = holdOutputFolder(outDir, sameProcess).then((release) => {
      secondHolds = true;
      return release;
    });
    await sleep(100);
    expect(secondHolds).toBe(false);
    releaseFirst();
    const releaseSecond = await second;
    expect(secondHolds).toBe(true);
    releaseSecond();
    expect(existsSync(publishLockFolder(outDir))).toBe(false);
  });

  it('takes over at once a lock whose publish is gone, saying so', async () => {
    const outDir = join(temporaryFolder('publish-lock'), 'dist');
    leftLock(outDir, goneProcess());
    const said: string[] = [];
    const release = await holdOutputFolder(outDir, { ...quiet, say: (message) => said.push(message) });
    expect(said).toEqual([`build: the last publish into ${outDir} was stopped before it finished; taking over its lock`]);
    release();
  });

  it('waits for a lock whose publish is running, naming its process', async () => {
    const outDir = join(temporaryFolder('publish-lock'), 'dist');
    leftLock(outDir, 4242);
    const said: string[] = [];
    let running = true;
    const holding = holdOutputFolder(outDir, { ...quiet, say: (message) => said.push(message), isRunning: () => running });
    await sleep(100);
    expect(said).toEqual([`build: another publish into ${outDir} is running (process 4242); waiting for it to finish`]);
    running = false;
    (await holding)();
  });

  it("never takes over another machine's lock, which it cannot check", async () => {
    const outDir = join(temporaryFolder('publish-lock'), 'dist');
    leftLock(outDir, goneProcess(), 'another-host.example');
    const said: string[] = [];
    let held = false;
    const holding = holdOutputFolder(outDir, { ...quiet, say: (message) => said.push(message) }).then((release) => {
      held = true;
      return release;
    });
    await sleep(100);
    expect(held).toBe(false);
    expect(said[0]).toContain('a publish on another-host.example');
    // Its owner is then found here, and gone: the waiting publish goes on.
    writeFileSync(join(publishLockFolder(outDir), 'owner.json'), JSON.stringify({ pid: goneProcess(), host: hostname() }));
    (await holding)();
  });
});

describe('isRunningPublish', () => {
  it('tells a running publish from a process id reused by another program, and from a gone one', async () => {
    const publish = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 10000)', 'publish-site']);
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 10000)']);
    onTestFinished(() => void [publish, other].forEach((child) => child.kill()));
    await sleep(100);
    expect(isRunningPublish(publish.pid!)).toBe(true);
    expect(isRunningPublish(other.pid!)).toBe(false);
    expect(isRunningPublish(goneProcess())).toBe(false);
  });
});

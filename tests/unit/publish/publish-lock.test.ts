/**
 * One publish into an output folder at a time (src/publish/publish-lock.ts): a second waits for
 * the first, and a lock whose publish was killed is taken over at once, by one publish only.
 */
import { spawn } from 'node:child_process';
import { existsSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it, onTestFinished } from 'vitest';
import { holdOutputFolder, isRunningPublish, publishLockFile } from '#publish/publish-lock.ts';
import { goneProcess } from '../../support/gone-process.ts';
import { temporaryFolder } from '../../support/temporary-folder.ts';

const quiet = { say: () => undefined, pollMs: 10 };
const TAKE_OVER = 'was stopped before it finished; taking over its lock';

/** A lock as a publish of process `pid` on `host` leaves it. */
function leftLock(outDir: string, pid: number, host = hostname()): void {
  writeFileSync(publishLockFile(outDir), JSON.stringify({ pid, host }));
}

const outDirIn = (prefix: string) => join(temporaryFolder(prefix), 'out', 'dist');

describe('holdOutputFolder', () => {
  it('waits while the publish holding the lock runs, and takes the lock once it is released', async () => {
    const outDir = join(temporaryFolder('publish-lock'), 'dist');
    leftLock(outDir, 4242);
    const said: string[] = [];
    let held = false;
    const holding = holdOutputFolder(outDir, { ...quiet, say: (message) => said.push(message), isRunning: () => true }).then((release) => {
      held = true;
      return release;
    });
    await sleep(100);
    expect(held).toBe(false);
    expect(said).toEqual([`build: another publish into ${outDir} is running (process 4242); waiting for it to finish`]);
    rmSync(publishLockFile(outDir));
    const release = await holding;
    expect(said).toHaveLength(1);
    release();
    expect(existsSync(publishLockFile(outDir))).toBe(false);
  });

  it('makes the folder the lock goes beside when there is none yet', async () => {
    const outDir = outDirIn('publish-lock');
    (await holdOutputFolder(outDir, quiet))();
  });

  it('takes over at once a lock whose publish is gone, saying so', async () => {
    const outDir = join(temporaryFolder('publish-lock'), 'dist');
    leftLock(outDir, goneProcess());
    const said: string[] = [];
    const release = await holdOutputFolder(outDir, { ...quiet, say: (message) => said.push(message) });
    expect(said).toEqual([`build: the last publish into ${outDir} ${TAKE_OVER}`]);
    release();
  });

  it('takes over a lock naming its own process id, left by a predecessor that had it', async () => {
    const outDir = join(temporaryFolder('publish-lock'), 'dist');
    leftLock(outDir, process.pid);
    const said: string[] = [];
    (await holdOutputFolder(outDir, { ...quiet, say: (message) => said.push(message), isRunning: () => true }))();
    expect(said).toEqual([`build: the last publish into ${outDir} ${TAKE_OVER}`]);
  });

  it('takes over a lock whose owner cannot be read once it is old, not while it is new', async () => {
    const outDir = join(temporaryFolder('publish-lock'), 'dist');
    writeFileSync(publishLockFile(outDir), '');
    let held = false;
    const holding = holdOutputFolder(outDir, quiet).then((release) => {
      held = true;
      return release;
    });
    await sleep(100);
    expect(held).toBe(false);
    const longAgo = new Date(Date.now() - 60_000);
    utimesSync(publishLockFile(outDir), longAgo, longAgo);
    (await holding)();
  });

  it('lets one publish at a time hold it when several start together on a dead lock', async () => {
    const outDir = join(temporaryFolder('publish-lock'), 'dist');
    leftLock(outDir, goneProcess());
    // Each a process of its own, named as a publish is: holds the lock 150 ms, then says when.
    const script = `const { holdOutputFolder } = await import(${JSON.stringify(resolve('src/publish/publish-lock.ts'))});
      const release = await holdOutputFolder(${JSON.stringify(outDir)}, { say: () => {}, pollMs: 5 });
      const from = performance.timeOrigin + performance.now();
      await new Promise((done) => setTimeout(done, 150));
      console.log(JSON.stringify([from, performance.timeOrigin + performance.now()]));
      release();`;
    const run = () =>
      new Promise<[number, number]>((done, fail) => {
        const child = spawn(
          process.execPath,
          ['--experimental-strip-types', '--disable-warning=ExperimentalWarning', '--input-type=module', '-e', script, 'publish-site'],
          { stdio: ['ignore', 'pipe', 'inherit'] },
        );
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
        child.on('close', (status) => (status === 0 ? done(JSON.parse(out) as [number, number]) : fail(new Error(`exit ${status}`))));
      });
    const held = (await Promise.all([run(), run(), run()])).sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < held.length; i++)
      expect(held[i]![0], 'a publish held the lock while another did').toBeGreaterThanOrEqual(held[i - 1]![1]);
  });

  it("never takes over another machine's lock, which it cannot check, and says how to remove it", async () => {
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
    expect(said[0]).toContain(`a publish on another-host.example`);
    expect(said[0]).toContain(`if that publish is gone, delete ${publishLockFile(outDir)}`);
    // Its owner is then found here, and gone: the waiting publish goes on.
    leftLock(outDir, goneProcess());
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

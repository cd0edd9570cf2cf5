/**
 * A publish killed (`kill -9`, a power cut) at any step leaves the published site as it was, file
 * for file, and the next publish gives what a full build gives: the staging folder, the photo
 * folder moved for the swap (decision 032) and the records of the last publish are all set right
 * by the next one. Each step is killed as it ends, when the most has been done beside the site.
 * The lock a killed publish leaves is taken over at once; two publishes started together run one
 * after the other (src/publish/publish-lock.ts).
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCommand, buildSite, buildSiteInBackground, filesUnder, siteDifferences } from '../support/site-build.ts';

// Not the comparison, the last step: the swap follows it within a millisecond, before a kill from
// here arrives, and a publish that completes is not what is tested.
const STEPS_KILLED_AT_THEIR_END = ['astro', 'photos', 'share images'];

let work = '';
const content = () => join(work, 'content');
const site = () => join(work, 'site');
const env = () => ({ CONTENT_DIR: content(), BUILD_CACHE_DIR: join(work, 'cache') });

/** Every file of the site with its bytes. */
const snapshot = (dir: string) =>
  new Map(filesUnder(dir).map((file) => [file, file.endsWith('/') ? '' : readFileSync(join(dir, file)).toString('base64')]));

/** Runs a publish and kills it, and every process it started, as soon as it says the step `step` took its time. */
function publishKilledAfter(step: string): Promise<boolean> {
  const command = buildCommand(site(), env());
  const build = spawn(command.command, command.args, {
    env: command.env,
    detached: true,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  let killed = false;
  createInterface({ input: build.stdout }).on('line', (line) => {
    if (!killed && line.startsWith(`build: ${step} took `)) {
      killed = true;
      process.kill(-build.pid!, 'SIGKILL');
    }
  });
  return new Promise((done) => build.on('close', () => done(killed)));
}

const published: Array<{ step: string; killed: boolean; altered: string[] }> = [];
let afterwards: string[] = [];
let afterKill = '';
let together: Array<{ status: number | null; output: string }> = [];

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'killed-publish-'));
  cpSync('tests/fixtures/site-content', content(), { recursive: true });
  const first = buildSite(site(), env());
  if (first.status !== 0) throw new Error(first.output);
  // A correction and a photo replaced under its name: pages, a share card and photo files to change.
  const article = join(content(), 'articles', 'synthetic-photo-story', 'index.md');
  writeFileSync(article, readFileSync(article, 'utf8').replace(/^headline: "?/m, '$&Corrected: '));
  const photo = join(content(), 'articles', 'synthetic-photo-story', 'photo.jpg');
  writeFileSync(photo, readFileSync(join(content(), 'authors', 'fixture-reporter-one.jpg')));
  for (const step of STEPS_KILLED_AT_THEIR_END) {
    const before = snapshot(site());
    const killed = await publishKilledAfter(step);
    const after = snapshot(site());
    const altered = [...new Set([...before.keys(), ...after.keys()])].filter((file) => before.get(file) !== after.get(file));
    published.push({ step, killed, altered });
  }
  const next = buildSite(site(), env());
  if (next.status !== 0) throw new Error(next.output);
  afterKill = next.output;
  // Two editors publish at once: a correction, then the same content again.
  writeFileSync(article, readFileSync(article, 'utf8').replace(/^headline: "?/m, '$&Twice '));
  together = await Promise.all([buildSiteInBackground(site(), env()), buildSiteInBackground(site(), env())]);
  const full = buildSite(join(work, 'full'), { CONTENT_DIR: content(), BUILD_CACHE_DIR: join(work, 'full-cache') }, ['--full']);
  if (full.status !== 0) throw new Error(full.output);
  afterwards = siteDifferences(site(), join(work, 'full'));
}, 600_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('a publish killed at the end of a step', () => {
  it.each(STEPS_KILLED_AT_THEIR_END)('after "%s" leaves every published file as it was', (step) => {
    const run = published.find((killed) => killed.step === step)!;
    expect(run.killed, `the publish never said "build: ${step} took"`).toBe(true);
    expect(run.altered).toEqual([]);
  });

  it('is followed by a publish that takes over the lock it left at once', () => {
    expect(afterKill).toContain('was stopped before it finished; taking over its lock');
  });

  it('is followed by a publish that gives what a full build gives', () => {
    expect(afterwards).toEqual([]);
  });
});

describe('two publishes into one folder started together', () => {
  it('both succeed, the later waiting for the earlier', () => {
    expect(together.map(({ status }) => status)).toEqual([0, 0]);
    expect(together.filter(({ output }) => /another publish into .* is running \(process \d+\); waiting/.test(output))).toHaveLength(1);
  });

  it('the later finding the change published by the earlier, nothing left to do (the site is then compared with a full build, above)', () => {
    expect(together.some(({ output }) => output.includes('nothing changed since the last publish'))).toBe(true);
  });
});

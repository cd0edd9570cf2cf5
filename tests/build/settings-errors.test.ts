/**
 * A bad setting stops `npm run build` before anything is built, with an error
 * naming the variable, the value and what is allowed, and the previous output
 * untouched.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Runs while the tests are collected (describe.each), so it removes its own folder. */
function buildWith(env: Record<string, string>) {
  const folder = mkdtempSync(join(tmpdir(), 'bad-settings-'));
  const outDir = join(folder, 'dist');
  mkdirSync(outDir);
  writeFileSync(join(outDir, 'index.html'), 'previous good build');
  const result = spawnSync('npm', ['run', 'build', '--', '--outDir', outDir], {
    env: { ...process.env, ...env, NO_COLOR: '1' },
    encoding: 'utf8',
  });
  const previous = readFileSync(join(outDir, 'index.html'), 'utf8');
  rmSync(folder, { recursive: true, force: true });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, previous };
}

describe.each([
  ['PAGE_SIZE', 'abc', 'a whole number from 1 to 1000'],
  ['PAGE_SIZE', '0', 'a whole number from 1 to 1000'],
  ['SEARCH_PART_LIMIT', '-1', 'a whole number from 1 to 1000000'],
  ['SITE_TIME_ZONE', 'Mars/Olympus_Mons', 'an IANA time zone name'],
])('npm run build with %s=%s', (variable, value, allowed) => {
  const run = buildWith({ [variable]: value });

  it('stops with a non-zero exit code, before Astro starts', () => {
    expect(run.status).not.toBe(0);
    expect(run.output).not.toContain('[build]');
  });

  it('names the variable, the value and what is allowed', () => {
    expect(run.output).toContain(`${variable}=${JSON.stringify(value)} is not allowed: it must be ${allowed}`);
  });

  it('leaves the previous output untouched', () => {
    expect(run.previous).toBe('previous good build');
  });
});

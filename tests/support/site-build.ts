/** Building the site from a test, as `npm run build` does, with its files compared afterwards. */
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The environment as `npm run build:fixture` has it. Vitest adds NODE_ENV=test,
 * MODE, DEV=1, PROD, SSR and BASE_URL to its process, and a build that inherits
 * them is a development build to Astro (it marks images for its dev toolbar).
 */
export function withoutVitestVariables(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const vitest = new Set([
    'NODE_ENV',
    'MODE',
    'DEV',
    'PROD',
    'SSR',
    'BASE_URL',
    'TEST',
    'VITEST',
    'VITEST_MODE',
    'VITEST_POOL_ID',
    'VITEST_WORKER_ID',
  ]);
  return Object.fromEntries(Object.entries(env).filter(([name]) => !vitest.has(name)));
}

/** The fixture site's settings (package.json's build:fixture), "now" included. */
export const FIXTURE_SETTINGS = { SOURCE_DATE_EPOCH: '1709704800', PAGE_SIZE: '2', SEARCH_PART_LIMIT: '1' };

/** The command line of `npm run build -- --outDir <outDir> [...args]`, and its environment: the fixture's settings with `env` over them. */
export function buildCommand(outDir: string, env: Record<string, string>, args: string[] = []) {
  return {
    command: 'npm',
    args: ['run', 'build', '--', '--outDir', outDir, ...args],
    env: { ...withoutVitestVariables(process.env), ...FIXTURE_SETTINGS, ...env },
  };
}

/** Runs `npm run build -- --outDir <outDir> [...args]` with these settings in the project at `cwd`; returns its exit status and output. */
export function buildSite(outDir: string, env: Record<string, string>, args: string[] = [], cwd = process.cwd()) {
  const build = buildCommand(outDir, env, args);
  const run = spawnSync(build.command, build.args, { cwd, env: build.env, encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

/** buildSite, in the background: several builds may run at once. */
export function buildSiteInBackground(outDir: string, env: Record<string, string>): Promise<{ status: number | null; output: string }> {
  const build = buildCommand(outDir, env);
  const child = spawn(build.command, build.args, { env: build.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((done) => child.on('close', (status) => done({ status, output })));
}

/** Every file under `dir`, relative to it, sorted. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const path = join(dir, name);
      if (!statSync(path).isDirectory()) return [name];
      const inner = filesUnder(path);
      // An empty folder is listed too ("name/"): a host may answer for it differently than for nothing.
      return inner.length > 0 ? inner.map((file) => join(name, file)) : [`${name}/`];
    })
    .sort();
}

/** How the site at `a` (an incremental build) differs from the one at `b` (a full build): files only in one, or with other bytes. */
export function siteDifferences(a: string, b: string): string[] {
  const inA = filesUnder(a);
  const inB = new Set(filesUnder(b));
  const onlyInB = [...inB].filter((file) => !inA.includes(file)).map((file) => `only in the full build: ${file}`);
  const different = inA.flatMap((file) =>
    !inB.has(file)
      ? [`only in the incremental build: ${file}`]
      : file.endsWith('/') || readFileSync(join(a, file)).equals(readFileSync(join(b, file)))
        ? []
        : [`differs: ${file}`],
  );
  return [...different, ...onlyInB];
}

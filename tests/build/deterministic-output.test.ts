/** Building the same content twice gives byte-identical output, even with nothing cached. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : [path];
    })
    .sort();
}

/**
 * The environment as `npm run build:fixture` has it. Vitest adds NODE_ENV=test,
 * MODE, DEV=1, PROD, SSR and BASE_URL to its process, and a build that inherits
 * them is a development build to Astro (it marks images for its dev toolbar).
 */
function withoutVitestVariables(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
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

describe('deterministic output', () => {
  it('a second build of the fixture content, with an empty build cache, matches dist-fixture byte for byte', () => {
    const work = mkdtempSync(join(tmpdir(), 'rebuild-'));
    const outDir = join(process.cwd(), 'dist-rebuild');
    const run = spawnSync('npm', ['run', 'build', '--', '--outDir', outDir], {
      env: {
        ...withoutVitestVariables(process.env),
        // As build:fixture builds it (package.json), "now" included.
        SOURCE_DATE_EPOCH: '1709704800',
        CONTENT_DIR: 'tests/fixtures/site-content',
        PAGE_SIZE: '2',
        SEARCH_PART_SIZE: '3',
        BUILD_CACHE_DIR: join(work, 'cache'),
      },
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    const first = files('dist-fixture').map((f) => relative('dist-fixture', f));
    const second = files(outDir).map((f) => relative(outDir, f));
    expect(second).toEqual(first);
    const different = first.filter((f) => !readFileSync(join('dist-fixture', f)).equals(readFileSync(join(outDir, f))));
    expect(different).toEqual([]);
  }, 180_000);
});

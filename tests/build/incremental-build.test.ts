/**
 * The incremental build is provably what a full build gives: random sequences of newsroom edits
 * over the fixture archive (the steps of tests/support/incremental-publishing.ts: content,
 * registries, photos, the clock, settings, the build cache and the code), each followed by an
 * incremental build, end with output byte for byte identical to a full build of the same content
 * and code from an empty cache.
 *
 * Each run builds the site once per step, so the runs are few here (INCREMENTAL_PROPERTY_RUNS
 * raises them for a longer search); a counterexample fast-check finds and shrinks is added to
 * incremental-build-regressions.test.ts, so it is checked on every run from then on.
 */
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { articleArb, publishesLikeAFullBuild, stepArb } from '../support/incremental-publishing.ts';

const RUNS = Number(process.env['INCREMENTAL_PROPERTY_RUNS'] ?? 1);
/** A run takes about half a minute here; a long search (INCREMENTAL_PROPERTY_RUNS=200) gets a minute a run. */
const TIME_LIMIT = Math.max(8, RUNS) * 60_000;
const WORK = join(process.cwd(), 'tests', 'output', 'incremental');

describe('incremental build', () => {
  it(
    'after any sequence of publishes, corrections, renames, schedulings, deletions, photos replaced and hours passing, gives what a full build gives, never altering a published file',
    () => {
      fc.assert(
        fc.property(
          fc.array(articleArb, { minLength: 1, maxLength: 3 }),
          fc.array(stepArb, { minLength: 1, maxLength: 3 }),
          (initial, steps) => publishesLikeAFullBuild(WORK, initial, steps),
        ),
        { numRuns: RUNS, interruptAfterTimeLimit: TIME_LIMIT, markInterruptAsFailure: true },
      );
    },
    TIME_LIMIT + 12 * 60_000,
  );
});

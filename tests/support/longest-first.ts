/**
 * Starts the longest build tests first, so that vitest's two workers end together. A clean clone
 * has no timings of earlier runs, and vitest then orders files by size: the longest test of all,
 * a short file of fixed steps (incremental-build-regressions.test.ts), started among the last,
 * and one worker stood idle for half a minute at the end (CI: 302 s for about 540 s of work).
 * The order only: a file missing from the list runs after these, in vitest's own order.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Longest first, by their times in CI. */
const LONGEST = [
  'tests/build/incremental-build-regressions.test.ts',
  'tests/build/killed-publish.test.ts',
  'tests/build/incremental-build.test.ts',
  'tests/build/new-article-command.test.ts',
];

export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const found = LONGEST.findIndex((name) => file.moduleId.endsWith(`/${name}`));
      return found === -1 ? LONGEST.length : found;
    };
    return (await super.sort(files)).toSorted((a, b) => rank(a) - rank(b));
  }
}

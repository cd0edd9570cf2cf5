/**
 * Counterexamples the incremental build's property (incremental-build.test.ts) found and shrank,
 * or that were found by hand, kept as one fixed sequence checked on every run: a first build and
 * an unchanged rebuild begin it and a full build ends it, so each case costs one publish. Each
 * step's flaw would outlast the steps after it, so the end still shows it; the clock moves last,
 * as any later publish would make the news sitemap again.
 */
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { type Article, publishesLikeAFullBuild, type Step } from '../support/incremental-publishing.ts';

const WORK = join(process.cwd(), 'tests', 'output', 'incremental-regressions');

const AN_ARTICLE: Article = {
  headline: 'Synthetic council vote',
  reporter: 'Fixture Reporter One',
  section: 'Local',
  inSubsection: false,
  day: '2024-01-10',
  tags: ['Trade'],
  body: 'Synthetic council vote.',
  related: false,
  scheduled: false,
  redirectFrom: [],
};

const REGRESSIONS: Step[] = [
  // Found by hand: a deleted article's page went, its folder stayed, empty (and so did a listing's last archive page's).
  { kind: 'delete', target: 0 },
  // A photo's bytes changed under the same name: every page that shows it names new files.
  { kind: 'replace photo', photo: 'lead', with: 'portrait' },
  // Registries edited (every page shows the section's name; the author's pages and bylines), files saved unchanged.
  { kind: 'rename section' },
  { kind: 'rename author' },
  { kind: 'edit bio', sentence: 'Now covers the harbour.' },
  { kind: 'save unchanged' },
  // A setting changed between publishes: every listing is cut anew.
  { kind: 'change page size' },
  // Every cache file cut to half: each discarded and made again.
  { kind: 'cut cache short' },
  // #25: what the middleware imports was outside the hand-kept list of code that renders pages.
  { kind: 'edit code', edit: 'middleware' },
  // By hand: the fixture's newest articles leave the news sitemap with nothing else changed (decision 028).
  { kind: 'advance clock', hours: 60 },
  // Found by a 60-run search: with no article recent (the step above took the last out of the news
  // sitemap) and none scheduled before 2099, the clock reached midnight in the site's zone, and
  // the front page's masthead date changed while a publish said nothing had. To the minute: 71
  // hours after the fixture's 01:00 EST is 00:00 EST, the instant the last publish stood until.
  { kind: 'advance clock', hours: 11 },
];

describe('incremental build, on the sequences that once broke it', () => {
  it(
    'gives what a full build gives after each edit that once left a published page stale, never altering a published file',
    () => publishesLikeAFullBuild(WORK, [AN_ARTICLE], REGRESSIONS),
    12 * 60_000,
  );
});

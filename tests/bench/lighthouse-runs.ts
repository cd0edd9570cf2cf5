/**
 * `node tests/bench/lighthouse-runs.ts RUNS URL [URL ...]`: runs Lighthouse
 * (mobile preset, performance only) RUNS times on each URL, the URLs taking
 * turns so that a change in the machine's load falls on all of them alike,
 * and prints each URL's median total blocking time, largest contentful paint
 * and performance score.
 * Serve two builds on two ports to compare them (docs/decisions/011).
 */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import config from '../../playwright.config.ts';

const [runsArgument, ...urls] = process.argv.slice(2);
const runs = Number(runsArgument);
if (!Number.isInteger(runs) || runs < 1 || urls.length === 0) {
  console.error('usage: node tests/bench/lighthouse-runs.ts RUNS URL [URL ...]');
  process.exit(2);
}
// The browser and flags the browser tests use.
const chromePath = config.use!.launchOptions!.executablePath!;
const flags = config.use?.launchOptions?.args ?? [];
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

const measured = new Map(urls.map((url) => [url, { blocking: [] as number[], paint: [] as number[], scores: [] as number[] }]));
for (let run = 0; run < runs; run++) {
  for (const url of urls) {
    const chrome = await launch({ chromePath, chromeFlags: flags });
    try {
      const result = await lighthouse(url, { port: chrome.port, onlyCategories: ['performance'], logLevel: 'error' });
      const lhr = result!.lhr;
      measured.get(url)!.blocking.push(Math.round(lhr.audits['total-blocking-time']!.numericValue ?? 0));
      measured.get(url)!.paint.push(Math.round(lhr.audits['largest-contentful-paint']!.numericValue ?? 0));
      measured.get(url)!.scores.push(lhr.categories['performance']!.score ?? 0);
    } finally {
      chrome.kill();
    }
  }
}
for (const [url, { blocking, paint, scores }] of measured) {
  console.log(`${url}\n  total blocking time: median ${median(blocking)} ms (runs: ${blocking.join(', ')})`);
  console.log(`  largest contentful paint: median ${median(paint)} ms (runs: ${paint.join(', ')})`);
  console.log(`  performance score: median ${median(scores)} (runs: ${scores.join(', ')})`);
}

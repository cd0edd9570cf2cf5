/**
 * Social card timing: per-card time drawn cold (empty cache) and served from
 * the cache, as medians over several runs of N cards.
 * Run: node --experimental-strip-types tests/bench/share-images.ts [N] [runs]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cachedCard } from '#publish/share-images/drawing.ts';

const n = Number(process.argv[2] ?? 50);
const runs = Number(process.argv[3] ?? 5);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const card = (i: number) => ({
  headline: `Benchmark headline number ${i}: a typical news headline of about this length, with ‘quotes’`,
  section: 'World › The Americas',
  date: 'May 9, 2018',
  siteName: 'Newsroom',
});

await cachedCard(card(-1), mkdtempSync(join(tmpdir(), 'warmup-'))); // fonts and WebAssembly loaded once
const cold: number[] = [];
const cached: number[] = [];
for (let run = 0; run < runs; run++) {
  const dir = mkdtempSync(join(tmpdir(), 'cards-'));
  let start = performance.now();
  for (let i = 0; i < n; i++) await cachedCard(card(i), dir);
  cold.push((performance.now() - start) / n);
  start = performance.now();
  for (let i = 0; i < n; i++) await cachedCard(card(i), dir);
  cached.push((performance.now() - start) / n);
  rmSync(dir, { recursive: true });
}
console.log(
  `social cards: ${n} cards × ${runs} runs; per card, median: cold ${median(cold).toFixed(1)} ms, cached ${median(cached).toFixed(2)} ms`,
);

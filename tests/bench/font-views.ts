/**
 * `node tests/bench/font-views.ts URL [RUNS]`: which face the text is set in on a first page view
 * (the seed article) and a second (the front page, in the same browser), and how far the layout
 * shifts on each, under Lighthouse's mobile throttling (150 ms RTT, 1.6 Mbit/s, CPU ×4). Serve a
 * build with `/_astro/` cached, as its `_headers` asks (`http-server dist -c31536000`), to see
 * what a reader's second view gets. Compares `font-display` choices (docs/decisions/029).
 */
import { chromium } from '@playwright/test';
import config from '../../playwright.config.ts';
import { seed } from '../support/seed.ts';

const [base, runsArgument = '5'] = process.argv.slice(2);
const runs = Number(runsArgument);
if (!base || !Number.isInteger(runs) || runs < 1) {
  console.error('usage: node tests/bench/font-views.ts URL [RUNS]');
  process.exit(2);
}
declare global {
  interface Window {
    layoutShift: number;
  }
}
const VIEWS = [
  ['first', seed.permalink],
  ['second', '/'],
] as const;
type View = { atPaint: string; atEnd: string; shift: number };
const results: Record<(typeof VIEWS)[number][0], View[]> = { first: [], second: [] };

const browser = await chromium.launch({ executablePath: config.use!.launchOptions!.executablePath!, args: ['--no-sandbox'] });
for (let run = 0; run < runs; run++) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  await context.addInitScript(() => {
    window.layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
        if (!entry.hadRecentInput) window.layoutShift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1638.4 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  /** The face Chromium drew the first paragraph of text in (a body paragraph, or a front's first summary). */
  const face = async () => {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeId } = await cdp.send('DOM.querySelector', {
      nodeId: root.nodeId,
      selector: '.article-body p, .lead-summary, .secondary-summary',
    });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts.map((font) => font.familyName).join(' + ');
  };
  for (const [name, path] of VIEWS) {
    await page.goto(base + path, { waitUntil: 'commit' });
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, { polling: 'raf' });
    const atPaint = await face();
    await page.waitForLoadState('load');
    await page.waitForTimeout(3000);
    results[name].push({ atPaint, atEnd: await face(), shift: await page.evaluate(() => window.layoutShift) });
  }
  await context.close();
}
await browser.close();

for (const [name, views] of Object.entries(results)) {
  const inFace = (key: 'atPaint' | 'atEnd') => views.filter((view) => view[key].includes('Source Serif')).length;
  const shifts = views.map((view) => view.shift).sort((a, b) => a - b);
  console.log(
    `${name} view: Source Serif 4 at first paint ${inFace('atPaint')}/${views.length}, 3 s after load ${inFace('atEnd')}/${views.length}; ` +
      `layout shift median ${shifts[Math.floor(shifts.length / 2)]!.toFixed(4)}, max ${shifts.at(-1)!.toFixed(4)}; faces: ${[...new Set(views.map((view) => view.atEnd))].join(', ')}`,
  );
}

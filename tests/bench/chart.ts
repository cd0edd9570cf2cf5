/** Small SVG charts of the benchmarks: a build's wall time and peak memory against N, ours beside bare; a publish's time beside a full build's. */
export interface RunSummary {
  seconds: number;
  peakRssBytes: number;
}

export type BenchResults = Record<string, { ours: RunSummary; bare?: RunSummary; [key: string]: unknown }>;

const W = 360;
const H = 220;
const PAD = { left: 52, right: 12, top: 28, bottom: 40 };

function panel(x0: number, title: string, unit: string, points: Array<{ n: number; ours: number; bare?: number | undefined }>): string {
  const ns = points.map((p) => p.n);
  const maxY = Math.max(...points.flatMap((p) => [p.ours, p.bare ?? 0])) * 1.1 || 1;
  const logMin = Math.log10(Math.min(...ns));
  const logMax = Math.log10(Math.max(...ns));
  const x = (n: number) => x0 + PAD.left + ((Math.log10(n) - logMin) / (logMax - logMin || 1)) * (W - PAD.left - PAD.right);
  const y = (v: number) => PAD.top + (1 - v / maxY) * (H - PAD.top - PAD.bottom);
  const line = (values: Array<[number, number]>, color: string, dash = '') =>
    values.length === 0
      ? ''
      : `<polyline fill="none" stroke="${color}" stroke-width="2" ${dash ? `stroke-dasharray="${dash}"` : ''} points="${values.map(([n, v]) => `${x(n).toFixed(1)},${y(v).toFixed(1)}`).join(' ')}"/>` +
        values.map(([n, v]) => `<circle cx="${x(n).toFixed(1)}" cy="${y(v).toFixed(1)}" r="3" fill="${color}"/>`).join('');
  const ticks = points
    .map(
      (p) =>
        `<text x="${x(p.n).toFixed(1)}" y="${H - PAD.bottom + 16}" font-size="10" text-anchor="middle">${p.n >= 1000 ? `${p.n / 1000}k` : p.n}</text>`,
    )
    .join('');
  const yTicks = [0, 0.5, 1]
    .map(
      (f) =>
        `<text x="${x0 + PAD.left - 6}" y="${(y(maxY * f) + 3).toFixed(1)}" font-size="10" text-anchor="end">${(maxY * f).toFixed(0)}</text>`,
    )
    .join('');
  return (
    `<text x="${x0 + W / 2}" y="16" font-size="12" font-weight="bold" text-anchor="middle">${title} (${unit})</text>` +
    `<line x1="${x0 + PAD.left}" y1="${H - PAD.bottom}" x2="${x0 + W - PAD.right}" y2="${H - PAD.bottom}" stroke="#888"/>` +
    `<line x1="${x0 + PAD.left}" y1="${PAD.top}" x2="${x0 + PAD.left}" y2="${H - PAD.bottom}" stroke="#888"/>` +
    ticks +
    yTicks +
    `<text x="${x0 + W / 2}" y="${H - 6}" font-size="10" text-anchor="middle">articles (log scale)</text>` +
    line(
      points.map((p) => [p.n, p.ours]),
      '#0a4a8f',
    ) +
    line(
      points.filter((p) => p.bare !== undefined).map((p) => [p.n, p.bare!]),
      '#b34700',
      '5 3',
    )
  );
}

export function drawChart(results: BenchResults): string {
  const entries = Object.entries(results)
    .map(([n, r]) => ({ n: Number(n), r }))
    .sort((a, b) => a.n - b.n);
  const time = entries.map(({ n, r }) => ({ n, ours: r.ours.seconds, bare: r.bare?.seconds }));
  const memory = entries.map(({ n, r }) => ({
    n,
    ours: r.ours.peakRssBytes / 2 ** 20,
    bare: r.bare ? r.bare.peakRssBytes / 2 ** 20 : undefined,
  }));
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${2 * W} ${H + 24}" width="${2 * W}" height="${H + 24}" font-family="sans-serif" role="img" aria-labelledby="t">` +
    `<title id="t">Build wall time and peak memory against the number of articles, this site (solid blue) and a bare Astro 7 build (dashed orange)</title>` +
    `<rect width="100%" height="100%" fill="#fff"/>` +
    panel(0, 'Wall time', 's', time) +
    panel(W, 'Peak memory', 'MB', memory) +
    `<g font-size="11"><line x1="60" y1="${H + 14}" x2="84" y2="${H + 14}" stroke="#0a4a8f" stroke-width="2"/><text x="90" y="${H + 18}">this site (full build)</text>` +
    `<line x1="260" y1="${H + 14}" x2="284" y2="${H + 14}" stroke="#b34700" stroke-width="2" stroke-dasharray="5 3"/><text x="290" y="${H + 18}">bare Astro 7 page</text></g>` +
    `</svg>\n`
  );
}

/** Publish time (the slowest of adding, correcting and deleting, median of runs) against N, beside the warm full build's. */
export function drawPublishChart(results: Record<string, { publishSeconds: number; fullBuildSeconds: number }>): string {
  const points = Object.entries(results)
    .map(([n, r]) => ({ n: Number(n), ours: r.publishSeconds, bare: r.fullBuildSeconds }))
    .sort((a, b) => a.n - b.n);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H + 24}" width="${W}" height="${H + 24}" font-family="sans-serif" role="img" aria-labelledby="t">` +
    `<title id="t">Publishing one article (solid blue: the slowest of adding, correcting and deleting) against a full build of the archive (dashed orange), in seconds, by the number of articles</title>` +
    `<rect width="100%" height="100%" fill="#fff"/>` +
    panel(0, 'Publish vs full build', 's', points) +
    `<g font-size="11"><line x1="20" y1="${H + 14}" x2="44" y2="${H + 14}" stroke="#0a4a8f" stroke-width="2"/><text x="50" y="${H + 18}">one publish</text>` +
    `<line x1="170" y1="${H + 14}" x2="194" y2="${H + 14}" stroke="#b34700" stroke-width="2" stroke-dasharray="5 3"/><text x="200" y="${H + 18}">full build (warm)</text></g>` +
    `</svg>\n`
  );
}

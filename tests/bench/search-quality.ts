/**
 * `npm run bench -- search-quality`: the search-quality site (tests/support/search-quality.ts)
 * built once, its pages indexed in 1, 4 and 40 parts, each query run as the search page ran it
 * before (Pagefind's parts merged, its results as they come) and as it runs now
 * (public/search-engine.js): results, precision at 5 and 10, the median time of a query (of
 * seven, after a first run), and the bytes fetched by opening the index and the first query.
 * Prints a Markdown table (docs/decisions/024).
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { indexPart } from '#publish/pagefind.ts';
import { searchIndexParts } from '#lib/metadata/search-index-parts.ts';
import { buildSite } from '../support/site-build.ts';
import {
  ARTICLE_COUNT,
  exactWordSearch,
  mergedPagefindSearch,
  precisionAt,
  qualityArticlePaths,
  qualityParts,
  qualityQueries,
  serveFromFolder,
  writeQualityContent,
} from '../support/search-quality.ts';

const work = mkdtempSync(join(tmpdir(), 'search-quality-bench-'));
try {
  writeQualityContent(join(work, 'content'));
  const site = join(work, 'dist');
  const run = buildSite(site, { CONTENT_DIR: join(work, 'content'), SEARCH_PART_LIMIT: '1', BUILD_CACHE_DIR: join(work, 'cache') });
  if (run.status !== 0) throw new Error(run.output);
  // The build's own index is in 40 parts, one a day; one and four parts are made beside it.
  const bundles: Record<number, string[]> = { [ARTICLE_COUNT]: searchIndexParts(qualityArticlePaths(), 1).map((part) => part.bundlePath) };
  for (const partCount of [1, 4]) {
    const parts = qualityParts(partCount);
    for (const part of parts) await indexPart(site, part);
    bundles[partCount] = parts.map((part) => part.bundlePath);
  }
  serveFromFolder(site);
  let fetched = 0;
  const serve = globalThis.fetch;
  globalThis.fetch = async (input) => {
    const response = await serve(input);
    fetched += (await response.clone().arrayBuffer()).byteLength;
    return response;
  };

  const queries = qualityQueries();
  const rows: string[] = [];
  const opening: string[] = [];
  for (const [way, open] of [
    ['before', mergedPagefindSearch],
    ['after', exactWordSearch],
  ] as const)
    for (const partCount of [1, 4, 40]) {
      fetched = 0;
      const search = await open(site, bundles[partCount]!);
      for (const [i, { query, relevant }] of queries.entries()) {
        const answer = await search(query);
        if (i === 0) opening.push(`${way}, ${partCount} parts: ${Math.round(fetched / 1024)} KB`);
        const times: number[] = [];
        for (let run = 0; run < 7; run++) {
          const start = performance.now();
          await search(query);
          times.push(performance.now() - start);
        }
        const median = times.sort((a, b) => a - b)[3]!;
        const right = answer.top.filter((slug) => relevant.includes(slug)).length;
        rows.push(
          `| ${way} | ${partCount} | ${query} | ${relevant.length} | ${answer.count} | ${right} | ${precisionAt(5, answer.top, relevant).toFixed(2)} | ${precisionAt(10, answer.top, relevant).toFixed(2)} | ${answer.unmatched.join(', ')} | ${median.toFixed(1)} |`,
        );
      }
    }
  console.log(`${ARTICLE_COUNT} articles, wasm ${statSync(join(site, bundles[1]![0]!, 'wasm.en.pagefind')).size} bytes per bundle\n`);
  console.log(`Fetched by opening the index and the first query: ${opening.join('; ')}\n`);
  console.log('| search | parts | query | true | results | right in top 10 | P@5 | P@10 | named as in no article | median ms |');
  console.log('| --- | --: | --- | --: | --: | --: | --: | --: | --- | --: |');
  console.log(rows.join('\n'));
} finally {
  rmSync(work, { recursive: true, force: true });
}

/**
 * Indexes the article pages for search with Pagefind, one part after another
 * (see src/lib/search-index.ts), so that memory stays bounded by the part
 * size however large the archive grows: at 10,000 articles one Pagefind run
 * over the whole site peaked at about 2 GB, parts of 2,500 at about 0.6 GB.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { searchIndexParts } from '../lib/search-index.ts';
import { SITE } from '../lib/site.ts';

export function buildSearchIndex(siteDir: string, articlePaths: string[]): number {
  const parts = searchIndexParts(articlePaths, SITE.searchPartSize);
  for (const part of parts) {
    const args = ['--site', siteDir, '--glob', part.pagesGlob, '--output-subdir', part.bundlePath.slice(1), '--silent'];
    const result = spawnSync(resolve('node_modules', '.bin', 'pagefind'), args, { stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`search index: pagefind ${args.join(' ')} failed`);
  }
  return parts.length;
}

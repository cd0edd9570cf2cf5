/**
 * Indexes the article pages for search with Pagefind, in parts (see
 * src/lib/metadata/search-index-parts.ts), one after another, so that memory stays bounded
 * by the part size however large the archive grows: at 10,000 articles one
 * Pagefind run over the whole site peaked at about 2 GB, a part of 2,500 at
 * about 0.6 GB. (Two parts at a time would keep both cores busy, but would
 * also double that memory.)
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { searchIndexParts, type SearchIndexPart } from '#lib/metadata/search-index-parts.ts';
import { settings } from '#lib/settings.ts';

function indexPart(siteDir: string, part: SearchIndexPart): Promise<void> {
  const args = ['--site', siteDir, '--glob', part.pagesGlob, '--output-subdir', part.bundlePath.slice(1), '--silent'];
  return new Promise((done, fail) => {
    const pagefind = spawn(resolve('node_modules', '.bin', 'pagefind'), args, { stdio: 'inherit' });
    pagefind.on('error', fail);
    pagefind.on('exit', (code) => (code === 0 ? done() : fail(new Error(`search index: pagefind ${args.join(' ')} exited with ${code}`))));
  });
}

/** Writes every part of the index; resolves with how many there are. */
export async function buildSearchIndex(siteDir: string, articlePaths: string[]): Promise<number> {
  const parts = searchIndexParts(articlePaths, settings.searchPartSize);
  for (const part of parts) await indexPart(siteDir, part);
  return parts.length;
}

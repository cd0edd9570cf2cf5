/**
 * Indexes one part of the search index in a process of its own, so that search-at-scale.ts can
 * measure its time and peak memory (this process and Pagefind's): `node search-part-worker.ts
 * SITE_DIR PART_JSON`, PART_JSON holding a SearchIndexPart.
 */
import { readFileSync } from 'node:fs';
import { indexPart } from '#publish/pagefind.ts';
import type { SearchIndexPart } from '#lib/metadata/search-index-parts.ts';

const [, , siteDir, partFile] = process.argv;
await indexPart(siteDir!, JSON.parse(readFileSync(partFile!, 'utf8')) as SearchIndexPart);

// Searches every part of the index and keeps only the articles that hold every word typed.
// Pagefind alone, part by part, widens a word a part lacks to the longest prefix the part has
// ("Watergate" to "water") and drops from the query a word the part lacks altogether, so a
// merged search of many parts returned hundreds of articles that hold none of a rare name
// (docs/decisions/024-search-every-word-exactly.md). A quoted single word is Pagefind's exact
// search: that word's stem as indexed, never a prefix, and nothing where no article has it.
// Plain module, no DOM: search.js runs it in the browser, the search-quality test in Node.

/** The filter each part is tagged with (mergeFilter), to tell parts apart when sorting by date. */
export const PART_FILTER = 'index-part';

/** The words of a query, as typed: quotes dropped, words with no letter or digit dropped, each once. */
export function queryWords(query) {
  const seen = new Set();
  const words = [];
  for (const typed of query.split(/\s+/u)) {
    const word = typed.replaceAll('"', '');
    const key = word.toLocaleLowerCase();
    if (!/[\p{L}\p{N}]/u.test(word) || seen.has(key)) continue;
    seen.add(key);
    words.push(word);
  }
  return words;
}

/** Starts Pagefind on every part, oldest first, each tagged with its place so results can be ordered by part. */
export async function openParts(createInstance, bundlePaths) {
  const [first, ...others] = bundlePaths;
  const pagefind = createInstance({ basePath: first });
  await pagefind.options({ mergeFilter: { [PART_FILTER]: '0' } });
  for (const [i, bundlePath] of others.entries()) await pagefind.mergeIndex(bundlePath, { mergeFilter: { [PART_FILTER]: String(i + 1) } });
  return pagefind;
}

/**
 * Searches for `query`. `filters` narrows (section, author, year: one value each); `newest`
 * orders by publication, newest first, instead of by relevance. Returns the words searched for,
 * those no article holds (`unmatched`: then there are no results), and Pagefind's results, each
 * with its `data()`.
 */
export async function searchArticles(pagefind, query, { filters = {}, newest = false } = {}) {
  const words = queryWords(query);
  if (words.length === 0) return { words, unmatched: [], results: [] };
  // Unfiltered, so that a word is said to be in no article only when it is in none.
  const exact = await Promise.all(words.map((word) => pagefind.search(`"${word}"`)));
  const unmatched = words.filter((_, i) => exact[i].results.length === 0);
  if (unmatched.length > 0) return { words, unmatched, results: [] };
  const holders = exact.map((found) => new Set(found.results.map((result) => result.id)));
  const holdsEveryWord = (result) => holders.every((ids) => ids.has(result.id));
  const terms = words.join(' ');
  const ranked = await pagefind.search(terms, { filters });
  if (!newest) return { words, unmatched, results: ranked.results.filter(holdsEveryWord) };
  // Pagefind sorts within a part but merges parts by score, which a sort makes a place in the
  // part: so each part that has results is sorted alone, and the parts, whole days each, are
  // laid end to end, newest first.
  const parts = Object.entries(ranked.filters[PART_FILTER] ?? {})
    .filter(([, count]) => count > 0)
    .map(([part]) => Number(part))
    .sort((a, b) => b - a);
  const sorted = await Promise.all(
    parts.map((part) => pagefind.search(terms, { filters: { ...filters, [PART_FILTER]: String(part) }, sort: { date: 'desc' } })),
  );
  return { words, unmatched, results: sorted.flatMap((found) => found.results.filter(holdsEveryWord)) };
}

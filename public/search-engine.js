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

/** A word as compared letter by letter: lower case, accents and marks dropped. */
const bare = (text) =>
  text
    .normalize('NFD')
    .replaceAll(/[^\p{L}\p{N}]/gu, '')
    .toLocaleLowerCase();

/** The parts (their PART_FILTER values) where a search found something. */
const partsFound = (found) =>
  Object.entries(found.filters[PART_FILTER] ?? {})
    .filter(([, count]) => count > 0)
    .map(([part]) => part);

/**
 * The articles holding a word that begins with `word`, by id. Pagefind's plain search finds the
 * words a word begins, but in a part that has none it falls back, for the whole part, to the
 * longest indexed word that the typed one begins with ("Waterf" to "water"). A part where the
 * exact search found the word whole cannot have fallen back; any other part with results is
 * tried on its first result, and dropped when that holds no word beginning with the one typed
 * (one fragment fetched, not one a result).
 */
async function beginningHolders(pagefind, word, exact) {
  const whole = new Set(partsFound(exact));
  const prefix = bare(word);
  const holders = new Set();
  const found = await pagefind.search(word);
  await Promise.all(
    partsFound(found).map(async (part) => {
      const inPart = await pagefind.search(word, { filters: { [PART_FILTER]: part } });
      const first = inPart.results[0];
      if (!first) return;
      if (!whole.has(part)) {
        const data = await first.data();
        const text = [data.content, ...Object.values(data.meta ?? {})].join(' ');
        if (!text.split(/\s+/u).some((typed) => bare(typed).startsWith(prefix))) return;
      }
      for (const result of inPart.results) holders.add(result.id);
    }),
  );
  return holders;
}

/** A word as the excerpt shows it, without the punctuation Pagefind marks with it ("drought,"). */
const trimmed = (text) => text.replaceAll(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/**
 * The word the index holds nearest to `word`, which no article holds, or none: the first word
 * found that begins as it does, trying its beginning one letter shorter each time, down to half
 * of it ("drougth": "drougt", then "droug", which begins "drought"). Pagefind's plain search finds
 * the words a beginning begins, and its first result's excerpt marks the word: one fragment. A
 * mark that does not begin so (Pagefind widening to a shorter indexed word) is passed over.
 */
async function nearestWord(pagefind, word) {
  const letters = [...word];
  for (let length = letters.length - 1; length >= Math.max(3, Math.ceil(letters.length / 2)); length--) {
    const beginning = letters.slice(0, length).join('');
    const first = (await pagefind.search(beginning)).results[0];
    if (!first) continue;
    const marked = trimmed(/<mark>([^<]+)<\/mark>/u.exec((await first.data()).excerpt)?.[1] ?? '');
    if (bare(marked).startsWith(bare(beginning)) && bare(marked) !== bare(word)) return marked;
  }
  return undefined;
}

/**
 * Searches for `query`. `filters` narrows (section, author, year: one value each); `newest`
 * orders by publication, newest first, instead of by relevance. `typing`: the reader is still
 * typing, so the last word, unless a space follows it, is matched as the beginning of a word
 * (`partial` in the answer); every other word stays exact. Returns the words searched for, those
 * no article holds (`unmatched`: then there are no results) with the nearest word the index holds
 * for each (`suggestions`: for all of them or none, never for a word still being typed), and
 * Pagefind's results, each with its `data()`.
 */
export async function searchArticles(pagefind, query, { filters = {}, newest = false, typing = false } = {}) {
  const words = queryWords(query);
  const partial = typing && words.length > 0 && /\S$/u.test(query);
  if (words.length === 0) return { words, partial, unmatched: [], suggestions: new Map(), results: [] };
  // Unfiltered, so that a word is said to be in no article only when it is in none.
  const exact = await Promise.all(words.map((word) => pagefind.search(`"${word}"`)));
  const holders = exact.map((found) => new Set(found.results.map((result) => result.id)));
  if (partial) holders[holders.length - 1] = await beginningHolders(pagefind, words.at(-1), exact.at(-1));
  const unmatched = words.filter((_, i) => holders[i].size === 0);
  if (unmatched.length > 0) {
    // Offered only when every word no article holds has one, none of them still being typed:
    // otherwise the search suggested would find nothing either.
    const suggestions = new Map();
    if (!(partial && unmatched.includes(words.at(-1)))) {
      const nearest = await Promise.all(unmatched.map(async (word) => [word, await nearestWord(pagefind, word)]));
      if (nearest.every(([, near]) => near)) for (const [word, near] of nearest) suggestions.set(word, near);
    }
    return { words, partial, unmatched, suggestions, results: [] };
  }
  const holdsEveryWord = (result) => holders.every((ids) => ids.has(result.id));
  const terms = words.join(' ');
  const ranked = await pagefind.search(terms, { filters });
  if (!newest) return { words, partial, unmatched, suggestions: new Map(), results: ranked.results.filter(holdsEveryWord) };
  // Pagefind sorts within a part but merges parts by score, which a sort makes a place in the
  // part: so each part that has results is sorted alone, and the parts, whole days each, are
  // laid end to end, newest first.
  const parts = partsFound(ranked)
    .map(Number)
    .sort((a, b) => b - a);
  const sorted = await Promise.all(
    parts.map((part) => pagefind.search(terms, { filters: { ...filters, [PART_FILTER]: String(part) }, sort: { date: 'desc' } })),
  );
  return { words, partial, unmatched, suggestions: new Map(), results: sorted.flatMap((found) => found.results.filter(holdsEveryWord)) };
}

// The search form on /search/: shown only when this runs (the page says what searching needs
// otherwise), it searches every part of the index (search-engine.js) as the reader types and
// lists the results like teasers. The form's fields live in the address (?q=, &sort=,
// &section=, …), so a search can be linked, and reloads or goes back to where it was.
import { openParts, searchArticles } from './search-engine.js';

const PAGE = 10;
const form = document.querySelector('[data-search-form]');
const status = document.querySelector('[data-search-status]');
const list = document.querySelector('[data-search-results]');

/** Pagefind's excerpt is HTML that marks the words found; only its text and those marks are kept. */
function excerptNodes(html) {
  const parsed = new DOMParser().parseFromString(html, 'text/html').body;
  return [...parsed.childNodes].map((node) => {
    if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
    const mark = document.createElement('mark');
    mark.textContent = node.textContent;
    return mark;
  });
}

/** A result, its link asking the article to mark the words searched for (article.js). */
function resultItem(data, words) {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  const address = new URL(data.url, location.href);
  for (const word of words) address.searchParams.append('highlight', word);
  link.href = `${address.pathname}${address.search}`;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  const meta = document.createElement('p');
  meta.className = 'result-meta';
  const time = document.createElement('span');
  time.textContent = data.meta.date ?? '';
  meta.append(time, ` · ${data.meta.section ?? ''}`, data.meta.byline ? ` · By ${data.meta.byline}` : '');
  const excerpt = document.createElement('p');
  excerpt.className = 'result-excerpt';
  excerpt.append(...excerptNodes(data.excerpt));
  item.append(heading, meta, excerpt);
  return item;
}

/** The words in quotes; with `partial`, the last is the beginning of a word, and says so with an ellipsis. */
const quoted = (words, partial = false) =>
  words.map((word, i) => (partial && i === words.length - 1 ? `“${word}…”` : `“${word}”`)).join(' and ');

/** A link that searches again with these fields changed. */
function searchLink(text, changes) {
  const params = new URLSearchParams(new FormData(form));
  for (const [name, value] of Object.entries(changes)) params.set(name, value);
  const link = document.createElement('a');
  link.href = `?${params}`;
  link.textContent = text;
  link.addEventListener('click', (event) => {
    event.preventDefault();
    for (const [name, value] of Object.entries(changes)) form.elements[name].value = value;
    if ('q' in changes) typing = false;
    void run();
  });
  return link;
}

function sayNothingFound({ words, partial, unmatched, suggestions }, filtered) {
  if (unmatched.length > 0) {
    const kept = words.filter((word) => !unmatched.includes(word));
    const beginning = partial && unmatched.at(-1) === words.at(-1);
    const named = beginning
      ? [
          unmatched.length > 1 ? `the words ${quoted(unmatched.slice(0, -1))} or` : '',
          `a word beginning ${quoted(unmatched.slice(-1), true)}`,
        ]
      : [`the word${unmatched.length > 1 ? 's' : ''} ${quoted(unmatched)}`];
    status.append(`No results: no article contains ${named.filter(Boolean).join(' ')}.`);
    if (suggestions.size > 0) {
      const nearest = words.map((word) => suggestions.get(word) ?? word).join(' ');
      status.append(' Did you mean ', searchLink(nearest, { q: nearest }), '?');
    }
    status.append(' Check the spelling');
    if (kept.length > 0) status.append(', or search for ', searchLink(kept.join(' '), { q: kept.join(' ') }), ' alone');
    status.append('.');
  } else if (filtered) {
    status.append(
      'No results with these choices. ',
      searchLink('Search every section, author and year', { section: '', author: '', year: '' }),
      '.',
    );
  } else {
    status.append('No results.');
  }
}

let pagefind;
let searchCount = 0;
/** Whether the query was last changed by typing (not sent with Enter, nor read from the address). */
let typing = false;
let shown = [];

/** The words to mark in an article opened from the results: a word still being typed is not one yet. */
const wordsToMark = ({ words, partial }) => (partial ? words.slice(0, -1) : words);

async function showMore({ results, words }) {
  const more = results.slice(shown.length, shown.length + PAGE);
  shown = shown.concat(more);
  const items = await Promise.all(more.map(async (result) => resultItem(await result.data(), words)));
  list.querySelector('[data-search-more]')?.remove();
  list.append(...items);
  if (shown.length < results.length) {
    const item = document.createElement('li');
    item.dataset.searchMore = '';
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = `Show ${Math.min(PAGE, results.length - shown.length)} more results`;
    // The button goes; the reader carries on from the first result it added.
    button.addEventListener('click', () => void showMore({ results, words }).then((added) => added[0]?.querySelector('a')?.focus()));
    item.append(button);
    list.append(item);
  }
  return items;
}

async function run() {
  const search = ++searchCount;
  const fields = new FormData(form);
  const query = String(fields.get('q') ?? '');
  const filters = Object.fromEntries(
    ['section', 'author', 'year'].map((name) => [name, String(fields.get(name) ?? '')]).filter(([, value]) => value),
  );
  const params = new URLSearchParams([...fields].filter(([name, value]) => value && !(name === 'sort' && value === 'relevance')));
  history.replaceState(null, '', params.size > 0 ? `?${params}` : location.pathname);
  if (query.trim() === '') {
    status.replaceChildren();
    list.replaceChildren();
    return;
  }
  const found = await searchArticles(pagefind, query, { filters, newest: fields.get('sort') === 'newest', typing });
  if (search !== searchCount) return;
  status.replaceChildren();
  list.replaceChildren();
  shown = [];
  if (found.results.length === 0) {
    sayNothingFound(found, Object.keys(filters).length > 0);
    return;
  }
  status.textContent = `${found.results.length} ${found.results.length === 1 ? 'result' : 'results'} for ${quoted(found.words, found.partial)}${
    found.words.length > 1 ? ', each containing every word' : ''
  }.`;
  await showMore({ results: found.results, words: wordsToMark(found) });
}

async function start() {
  if (!form || !status || !list) return;
  const bundles = JSON.parse(form.dataset.parts ?? '[]');
  const { createInstance } = await import(`${bundles[0]}pagefind.js`);
  pagefind = await openParts(createInstance, bundles);
  const params = new URLSearchParams(location.search);
  for (const name of ['q', 'sort', 'section', 'author', 'year']) {
    const value = params.get(name);
    if (value !== null && form.elements[name]) form.elements[name].value = value;
  }
  form.hidden = false;
  document.querySelector('[data-search-fallback]')?.setAttribute('hidden', '');
  let pause;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(pause);
    typing = false;
    void run();
  });
  form.addEventListener('input', (event) => {
    clearTimeout(pause);
    if (event.target.name === 'q') typing = true;
    pause = setTimeout(() => void run(), event.target.name === 'q' ? 400 : 0);
  });
  if (params.get('q')) await run();
}

void start();

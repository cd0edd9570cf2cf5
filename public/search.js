// Starts Pagefind's search box on /search/ and hides the no-JavaScript note.
// A ?q= in the address runs that search at once, so searches can be linked.
window.addEventListener('DOMContentLoaded', () => {
  if (typeof window.PagefindUI !== 'function') return;
  // A large archive's index is built in parts (src/lib/metadata/search-index-parts.ts); one search covers them all.
  const mergeIndex = JSON.parse(document.querySelector('#search')?.dataset.mergeBundles ?? '[]').map((bundlePath) => ({ bundlePath }));
  const ui = new window.PagefindUI({ element: '#search', showImages: false, showSubResults: true, resetStyles: false, mergeIndex });
  // Pagefind labels its box only with a placeholder title; give it a real name.
  const input = document.querySelector('.pagefind-ui__search-input');
  if (input) input.setAttribute('aria-label', 'Search articles');
  const fallback = document.querySelector('[data-search-fallback]');
  if (fallback) fallback.hidden = true;
  const query = new URLSearchParams(window.location.search).get('q');
  if (query) ui.triggerSearch(query);
});

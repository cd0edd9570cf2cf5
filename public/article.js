// The article page's one script, all of it progressive enhancement.

// Copy link, and the browser's Share sheet where it has one, for every share panel
// (ShareTools.astro, ShareLinks.astro), each added as its panel nears view (decision 011).
(() => {
  const canShare = typeof navigator.share === 'function';
  const watcher = new IntersectionObserver(
    (entries) => {
      for (const { isIntersecting, target: panel } of entries) {
        if (!isIntersecting) continue;
        watcher.unobserve(panel);
        const url = panel.dataset.share;
        const add = (label, act) => {
          const button = document.createElement('button');
          button.type = 'button';
          button.textContent = label;
          button.onclick = async () => {
            try {
              await act();
            } catch {
              // Cancelled: the links and permalink remain.
            }
          };
          const item = document.createElement('li');
          item.append(button);
          panel.querySelector('[data-share-actions]').prepend(item);
        };
        if (canShare) add('Share…', () => navigator.share({ title: document.title, url }));
        if (navigator.clipboard)
          add('Copy link', async () => {
            await navigator.clipboard.writeText(url);
            panel.querySelector('[data-share-status]').textContent = 'Link copied';
          });
      }
    },
    { rootMargin: '600px 0px' },
  );
  for (const panel of document.querySelectorAll('[data-share]')) watcher.observe(panel);
})();

// The words searched for (?highlight=, from search.js) marked as whole words by Pagefind's highlighter.
if (new URLSearchParams(location.search).has('highlight'))
  import('/pagefind/pagefind-highlight.js')
    .then(({ default: Highlighter }) => {
      const limiters = [...',.;:!?()[]"“”‘’\''];
      const markOptions = { className: 'search-found', accuracy: { value: 'exactly', limiters } };
      return new Highlighter({ highlightParam: 'highlight', addStyles: false, markOptions });
    })
    .catch(() => {}); // No index (nothing published, or the dev server): nothing to mark.

// Share (or Copy link) for ShareLinks.astro, added as the panel nears view (decision 011).
(() => {
  const panel = document.querySelector('[data-share]');
  const url = panel && panel.dataset.share;
  const canShare = typeof navigator.share === 'function';
  if (!url || (!canShare && !navigator.clipboard)) return;
  const watcher = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      watcher.disconnect();
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = canShare ? 'Share…' : 'Copy link';
      button.onclick = async () => {
        try {
          if (canShare) await navigator.share({ title: document.title, url });
          else {
            await navigator.clipboard.writeText(url);
            panel.querySelector('[data-share-status]').textContent = 'Link copied';
          }
        } catch {
          // Cancelled: the links and permalink remain.
        }
      };
      const item = document.createElement('li');
      item.append(button);
      panel.querySelector('[data-share-actions]').prepend(item);
    },
    { rootMargin: '600px 0px' },
  );
  watcher.observe(panel);
})();

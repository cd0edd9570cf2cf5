// Enhances components/ShareLinks.astro: native Share, else Copy link.
(() => {
  const panel = document.querySelector('[data-share]');
  const url = panel && panel.dataset.share;
  const canShare = typeof navigator.share === 'function';
  if (!url || (!canShare && !navigator.clipboard)) return;
  const status = panel.querySelector('[data-share-status]');
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = canShare ? 'Share…' : 'Copy link';
  button.addEventListener('click', async () => {
    try {
      if (canShare) await navigator.share({ title: document.title, url });
      else {
        await navigator.clipboard.writeText(url);
        status.textContent = 'Link copied';
      }
    } catch {
      // Cancelled or refused: the share links and the permalink text remain.
    }
  });
  const item = document.createElement('li');
  item.append(button);
  panel.querySelector('[data-share-actions]').prepend(item);
})();

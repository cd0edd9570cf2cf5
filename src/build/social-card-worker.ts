/** One of the threads that draw share images for src/build/social-cards.ts: a drawing in, "done" out once it is in the cache. */
import { parentPort, workerData } from 'node:worker_threads';
import { cachedCard, cachedPublisherLogo } from '../lib/social-card.ts';
import type { Drawing } from './social-cards.ts';

const { cacheDir } = workerData as { cacheDir: string };

parentPort!.on('message', (drawing: Drawing) => {
  const drawn = 'card' in drawing ? cachedCard(drawing.card, cacheDir) : cachedPublisherLogo(drawing.logoOf, cacheDir);
  void drawn.then(() => parentPort!.postMessage('done'));
});

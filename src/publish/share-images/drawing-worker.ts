/** One of the threads that draw share images for placing.ts: a drawing in, "done" out once it is in the cache. */
import { parentPort, workerData } from 'node:worker_threads';
import { cachedCard, cachedPublisherLogo } from './drawing.ts';
import type { Drawing } from './placing.ts';

const { cacheDir, photoSites } = workerData as { cacheDir: string; photoSites: string[] };

parentPort!.on('message', (drawing: Drawing) => {
  const drawn = 'card' in drawing ? cachedCard(drawing.card, cacheDir, photoSites) : cachedPublisherLogo(drawing.logoOf, cacheDir);
  void drawn.then(() => parentPort!.postMessage('done'));
});

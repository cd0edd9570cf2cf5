/** One of the threads that draw social cards for src/build/social-cards.ts: a card in, "done" out once it is in the cache. */
import { parentPort, workerData } from 'node:worker_threads';
import { cachedCard, type CardContent } from '../lib/social-card.ts';

const { cacheDir } = workerData as { cacheDir: string };

parentPort!.on('message', (card: CardContent) => {
  void cachedCard(card, cacheDir).then(() => parentPort!.postMessage('done'));
});

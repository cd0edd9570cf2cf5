/** One of the threads that make photo variants for placing.ts: a photo in, "done" out once its variants are in the cache. */
import { parentPort, workerData } from 'node:worker_threads';
import type { PhotoJob } from '#lib/photos/photo-uses.ts';
import { makeVariants } from './variant-making.ts';

const { cacheDir } = workerData as { cacheDir: string };

parentPort!.on('message', (job: PhotoJob) => {
  void makeVariants(job, cacheDir).then(() => parentPort!.postMessage('done'));
});

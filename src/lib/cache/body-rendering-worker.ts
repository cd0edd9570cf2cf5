/** One of the threads that render article bodies into the build cache for article-body.ts: a body in, "done" out once it is cached. */
import { parentPort, workerData } from 'node:worker_threads';
import { renderArticleBody, type BodyToRender } from './article-body.ts';

const { cacheDir } = workerData as { cacheDir: string };

parentPort!.on('message', ({ markdown, options }: BodyToRender) => {
  // A body that fails to render is left out of the cache: the loader renders it again itself
  // and reports the failure under its file, as with any body.
  void renderArticleBody(markdown, options, cacheDir)
    .catch(() => undefined)
    .then(() => parentPort!.postMessage('done'));
});

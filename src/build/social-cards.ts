/**
 * Places every article's social card in the built site.
 *
 * The cards not yet in the build cache are drawn on every core at once (satori
 * and resvg are pure and take ~35 ms a card); then each cached PNG is
 * hard-linked beside its article page. Linking costs no copy, and an
 * unchanged card is never drawn twice.
 */
import { copyFileSync, existsSync, linkSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { PublishManifest } from '../lib/publish-manifest.ts';
import { cardCacheDir, cardCacheFile, type CardContent } from '../lib/social-card.ts';

/** Draws the cards with one worker thread per core, each taking the next card as it finishes one. */
async function drawCards(cards: CardContent[], cacheDir: string): Promise<void> {
  let next = 0;
  const workerCount = Math.min(availableParallelism(), cards.length);
  const workers = Array.from({ length: workerCount }, () => new Promise<void>((resolve, reject) => {
    const worker = new Worker(new URL('./social-card-worker.ts', import.meta.url), { workerData: { cacheDir } });
    const giveNext = () => {
      if (next < cards.length) worker.postMessage(cards[next++]);
      else void worker.terminate().then(() => resolve());
    };
    worker.on('message', giveNext);
    worker.on('error', reject);
    giveNext();
  }));
  await Promise.all(workers);
}

function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch (error) {
    // A cache on another file system cannot be linked to.
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    copyFileSync(from, to);
  }
}

/** Draws missing cards and places all of them in `siteDir`; returns how many were drawn. */
export async function placeSocialCards(siteDir: string, articles: PublishManifest['articles'], cacheDir = cardCacheDir()): Promise<{ placed: number; drawn: number }> {
  const missing = new Map<string, CardContent>();
  for (const { card } of articles) {
    const file = cardCacheFile(card, cacheDir);
    if (!missing.has(file) && !existsSync(file)) missing.set(file, card);
  }
  if (missing.size > 0) await drawCards([...missing.values()], cacheDir);

  for (const { path, card } of articles) {
    // Every card sits beside its article's page; a missing page means the build and its manifest disagree.
    if (!existsSync(join(siteDir, path, 'index.html'))) throw new Error(`social cards: no article page was built at ${path}`);
    linkOrCopy(cardCacheFile(card, cacheDir), join(siteDir, path, 'social-card.png'));
  }
  return { placed: articles.length, drawn: missing.size };
}

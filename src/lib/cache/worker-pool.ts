/**
 * Work that fills the build cache on every core at once: share images drawn (satori, resvg) and
 * article bodies rendered (remark, rehype) are pure and slow, and a cold build has thousands.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/**
 * Runs every job in threads of `worker` (a module that answers each message with one when its
 * job is done), one thread per core, each taking the next job as it finishes one.
 */
export async function onEveryCore<Job>(worker: URL, workerData: unknown, jobs: readonly Job[]): Promise<void> {
  let next = 0;
  const threads = Array.from(
    { length: Math.min(availableParallelism(), jobs.length) },
    () =>
      new Promise<void>((resolve, reject) => {
        const thread = new Worker(worker, { workerData });
        const giveNext = () => {
          if (next < jobs.length) thread.postMessage(jobs[next++]);
          else void thread.terminate().then(() => resolve());
        };
        thread.on('message', giveNext);
        thread.on('error', reject);
        giveNext();
      }),
  );
  await Promise.all(threads);
}

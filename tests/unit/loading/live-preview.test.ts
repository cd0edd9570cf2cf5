import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { describe, expect, it, vi } from 'vitest';
import { contentProblems, livePreview } from '#lib/loading/live-preview.ts';

const ROOT = '/project';

/** Vite's watcher, as far as a loader uses it: add() and 'all' events. */
class FakeWatcher extends EventEmitter {
  readonly added: string[] = [];
  add(paths: string | string[]) {
    this.added.push(...[paths].flat());
    return this;
  }
}

function contextWith(collection: string, watcher?: FakeWatcher): LoaderContext {
  const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn(), debug: vi.fn(), label: collection, options: {}, fork: vi.fn() };
  return { collection, watcher, logger, config: { root: pathToFileURL(`${ROOT}/`) } } as unknown as LoaderContext;
}

/** A loader whose load fails while `failing.now` is set, counting its loads. */
function countingLoader(failing: { now: boolean }) {
  const loads = { count: 0 };
  const loader: Loader = {
    name: 'counting',
    load: () => {
      loads.count += 1;
      return failing.now ? Promise.reject(new Error('content/articles/a.md:2:1\n  headline: required')) : Promise.resolve();
    },
  };
  return { loader, loads };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 120));

describe('livePreview', () => {
  it('in a build, lets a problem stop the build', async () => {
    const { loader } = countingLoader({ now: true });
    await expect(livePreview(loader, ['content']).load(contextWith('build-only'))).rejects.toThrow('headline: required');
  });

  it('in dev, keeps going after a problem and shows it until the file is fixed', async () => {
    const failing = { now: true };
    const { loader } = countingLoader(failing);
    const watcher = new FakeWatcher();
    await livePreview(loader, ['content']).load(contextWith('dev-problem', watcher));
    expect(contentProblems()).toContain('content/articles/a.md:2:1\n  headline: required');

    failing.now = false;
    watcher.emit('all', 'change', join(ROOT, 'content/articles/a.md'));
    await settled();
    expect(contentProblems()).not.toContain('content/articles/a.md:2:1\n  headline: required');
  });

  it('in dev, loads again when a file under its paths is added, changed or deleted', async () => {
    const { loader, loads } = countingLoader({ now: false });
    const watcher = new FakeWatcher();
    await livePreview(loader, ['content']).load(contextWith('dev-reload', watcher));
    expect(watcher.added).toEqual([join(ROOT, 'content')]);
    for (const event of ['add', 'change', 'unlink']) {
      watcher.emit('all', event, join(ROOT, 'content/articles/b.md'));
      await settled();
    }
    expect(loads.count).toBe(4);
  });

  it('in dev, ignores files outside its paths, even ones whose names begin alike', async () => {
    const { loader, loads } = countingLoader({ now: false });
    const watcher = new FakeWatcher();
    await livePreview(loader, ['content']).load(contextWith('dev-elsewhere', watcher));
    watcher.emit('all', 'change', join(ROOT, 'src/pages/index.astro'));
    watcher.emit('all', 'change', join(ROOT, 'content-old/a.md'));
    await settled();
    expect(loads.count).toBe(1);
  });

  it('in dev, loads once for changes saved together', async () => {
    const { loader, loads } = countingLoader({ now: false });
    const watcher = new FakeWatcher();
    await livePreview(loader, ['content']).load(contextWith('dev-together', watcher));
    watcher.emit('all', 'change', join(ROOT, 'content/articles/a.md'));
    watcher.emit('all', 'add', join(ROOT, 'content/articles/a.md~'));
    await settled();
    expect(loads.count).toBe(2);
  });
});

/**
 * `npm run dev` as a live preview. Astro runs a loader's `load` once at start and, in dev only,
 * hands it Vite's file watcher; a loader that reads its own files must reload itself when they
 * change (Astro's glob loader does the same). `livePreview` wraps a loader so that in dev:
 * - a change, a new file or a deletion under the paths it reads runs `load` again (the article
 *   loader's records make that cheap: only the changed file is checked again);
 * - a problem never stops dev: the rest of the site keeps its last good content, the problem is
 *   printed as the build prints it (no stack trace), and every page shows it until it is fixed
 *   (`contentProblems`, read by the middleware).
 * A build has no watcher, so there a problem throws and stops the build as before.
 */
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';

/**
 * The problems each collection's last load found, by collection. On `globalThis` because Astro
 * runs loaders and pages in one process but loads their modules apart (the content config and
 * the middleware are two module graphs), so a module's own variable would not be shared.
 */
const PROBLEMS_KEY = Symbol.for('newsroom.live-preview.problems');
const problemsByCollection = ((globalThis as Record<symbol, unknown>)[PROBLEMS_KEY] ??= new Map<string, string>()) as Map<string, string>;

/** What the content's last loads found wrong, as the build would print it; empty when all is well. */
export function contentProblems(): string[] {
  return [...problemsByCollection.values()];
}

/** Changes arriving together (an editor's save writes a file and its backup) reload once. */
const SETTLE_MILLISECONDS = 50;

/** `loader`, reloaded in dev when a file under `watchedPaths` (relative to the project, or absolute) changes. */
export function livePreview(loader: Loader, watchedPaths: ReadonlyArray<string>): Loader {
  return {
    ...loader,
    load: async (context: LoaderContext) => {
      const { watcher, logger, collection } = context;
      if (!watcher) return loader.load(context);

      const loadOnce = async () => {
        try {
          await loader.load(context);
          if (problemsByCollection.delete(collection)) logger.info('the content problems are fixed');
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          problemsByCollection.set(collection, message);
          logger.error(message);
        }
      };
      await loadOnce();

      const root = fileURLToPath(context.config.root);
      const paths = watchedPaths.map((path) => resolve(root, path));
      watcher.add(paths);
      const isWatched = (changed: string) => paths.some((path) => changed === path || changed.startsWith(path + sep));
      let settling: ReturnType<typeof setTimeout> | undefined;
      let loading = Promise.resolve();
      watcher.on('all', (_event, changed) => {
        if (!isWatched(changed)) return;
        clearTimeout(settling);
        settling = setTimeout(() => {
          loading = loading.then(loadOnce);
        }, SETTLE_MILLISECONDS);
      });
    },
  };
}

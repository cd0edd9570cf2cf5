/**
 * The article loader run as Astro's content layer runs it, with a store and a meta store in
 * memory kept across loads (as Astro keeps them between builds), over a copy of the fixture
 * content: for tests of what the loader checks, stores and remembers.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { articleLoader } from '#lib/loading/article-loader.ts';
import { articleSchemaIn } from '#lib/content/schema.ts';
import { settings } from '#lib/settings.ts';

export const ROOT = join(import.meta.dirname, '../..');

interface StoredEntry {
  id: string;
  data: Record<string, unknown>;
  digest?: string;
}

/** One content store kept across loads, as Astro keeps it between builds; what each load checked and warned. */
export function contentLayer(contentDir: string) {
  const entries = new Map<string, StoredEntry>();
  const meta = new Map<string, string>();
  const checked: string[] = [];
  const warnings: string[] = [];
  const context = {
    config: { root: pathToFileURL(`${ROOT}/`) },
    store: {
      get: (id: string) => entries.get(id),
      set: (entry: StoredEntry) => Boolean(entries.set(entry.id, entry)),
      delete: (id: string) => entries.delete(id),
      keys: () => [...entries.keys()],
    },
    meta: {
      get: (key: string) => meta.get(key),
      set: (key: string, value: string) => meta.set(key, value),
      has: (key: string) => meta.has(key),
      delete: (key: string) => meta.delete(key),
    },
    // Astro's parseData validates with the collection's schema (photos through image()); here with the plain one.
    parseData: ({ id, data }: { id: string; data: Record<string, unknown> }) => {
      checked.push(id);
      return Promise.resolve(articleSchemaIn(settings.timeZone).parse(data));
    },
    logger: { warn: (message: string) => warnings.push(message), info: () => undefined },
  } as unknown as LoaderContext;
  const loader = articleLoader({ base: join(contentDir, 'articles'), contentDir });
  return {
    entries,
    /** Runs the loader once; what it checked and the warnings it gave. */
    load: async () => {
      checked.length = 0;
      warnings.length = 0;
      await loader.load(context);
      return { checked: [...checked].sort(), warnings: [...warnings] };
    },
  };
}

/** A copy of the fixture content in a folder of its own; `remove` deletes it. */
export function fixtureContentCopy(): { content: string; remove: () => void } {
  const work = mkdtempSync(join(tmpdir(), 'loader-'));
  const content = join(work, 'content');
  cpSync(join(ROOT, 'tests/fixtures/site-content'), content, { recursive: true });
  return { content, remove: () => rmSync(work, { recursive: true, force: true }) };
}

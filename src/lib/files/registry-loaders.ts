/**
 * The content loaders of the sections and authors collections, from the
 * registries (see registries.ts). Their problems are reported by the article
 * loader, which reads the same registries to check every article's names, so
 * each problem is listed once, with the articles' own.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { isSiteRootName } from '#lib/addresses/known-paths.ts';
import { readAuthorBio, readAuthors, readRegistries, readSections, type Registries } from './registries.ts';

/** Whether a section slug is an address the project at `root` uses at its root (its pages, or a file in public/). */
const rootNameOf = (root: string) => (slug: string) => isSiteRootName(slug, (sitePath) => existsSync(join(root, 'public', sitePath)));

/** The registries under `contentDir` of the project at `root`, checked against the site's own root addresses. */
export function projectRegistries(root: string, contentDir: string): Registries {
  return readRegistries(root, resolve(root, contentDir), rootNameOf(root));
}

export function sectionsLoader(options: { contentDir: string }): Loader {
  return {
    name: 'sections-registry',
    load: ({ config, store }) => {
      const root = fileURLToPath(config.root);
      // Only the registry this collection holds; the article loader reports the problems of both.
      const { sections } = readSections(root, resolve(root, options.contentDir), rootNameOf(root));
      store.clear();
      // In the file's order: navigation lists sections as the registry does.
      sections.forEach((section, order) => store.set({ id: section.slug, data: { ...section, order } }));
      return Promise.resolve();
    },
  };
}

export function authorsLoader(options: { contentDir: string }): Loader {
  return {
    name: 'authors-registry',
    // eslint-disable-next-line @typescript-eslint/unbound-method -- Astro's context functions are closures, not methods that need `this`.
    load: async ({ config, store, parseData, generateDigest }) => {
      const root = fileURLToPath(config.root);
      const { authors } = readAuthors(root, resolve(root, options.contentDir));
      store.clear();
      for (const { slug, file, ...fields } of authors) {
        const bio = readAuthorBio(root, { file });
        // Through the collection's schema, so the photo goes through astro:assets' image().
        const data = await parseData({ id: slug, data: fields, filePath: join(root, file) });
        store.set({
          id: slug,
          data: { ...data, slug, file },
          body: bio,
          filePath: file,
          digest: generateDigest(JSON.stringify([fields, bio])),
        });
      }
    },
  };
}

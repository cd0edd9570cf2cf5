/**
 * The content loaders of the sections and authors collections, from the
 * registries (see registries.ts). Their problems are reported by the article
 * loader, which reads the same registries to check every article's names, so
 * each problem is listed once, with the articles' own.
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { isSiteRootName } from '#lib/addresses/known-paths.ts';
import { INFO_PAGES_FOLDER } from '#lib/content/info-pages.ts';
import { SECTIONS_FILE } from '#lib/content/sections.ts';
import { renderArticleBody } from '#lib/cache/article-body.ts';
import { checkedPortrait } from './image-files.ts';
import { rememberPhotoOriginals } from './photo-originals.ts';
import { portraitPhotoUses } from '#lib/photos/photo-uses.ts';
import type { PhotoSource } from '#lib/photos/variant-plan.ts';
import { readAuthorBio, readAuthors, readInfoPages, readRegistries, readSections, type Registries } from './registries.ts';

/** Whether a slug is an address the project at `root` uses at its root (its reserved folders, or a file in public/). */
const siteRootNameOf = (root: string) => (slug: string) => isSiteRootName(slug, (sitePath) => existsSync(join(root, 'public', sitePath)));

/** What a section's address may not be: a root address (true), or a standing page's (content/pages/<slug>.md, named). */
const rootNameOf = (root: string, contentDir: string) => (slug: string) => {
  if (siteRootNameOf(root)(slug)) return true;
  const page = join(resolve(root, contentDir), INFO_PAGES_FOLDER, `${slug}.md`);
  return existsSync(page) ? `the standing page ${relative(root, page)}` : false;
};

/** The registries under `contentDir` of the project at `root`, checked against the site's own root addresses. */
export function projectRegistries(root: string, contentDir: string): Registries {
  return readRegistries(root, resolve(root, contentDir), rootNameOf(root, contentDir));
}

export function sectionsLoader(options: { contentDir: string }): Loader {
  return {
    name: 'sections-registry',
    load: ({ config, store }) => {
      const root = fileURLToPath(config.root);
      // Only the registry this collection holds; the article loader reports the problems of both.
      const { sections } = readSections(root, resolve(root, options.contentDir), rootNameOf(root, options.contentDir));
      store.clear();
      // In the file's order: navigation lists sections as the registry does.
      sections.forEach((section, order) => store.set({ id: section.slug, data: { ...section, order } }));
      return Promise.resolve();
    },
  };
}

/**
 * A portrait's hash and size, or undefined for a file that does not decode: the article loader
 * checks every portrait and reports that one, with the other problems, before any page is made.
 */
async function portraitSource(file: string): Promise<PhotoSource | undefined> {
  return (await checkedPortrait(file)).source;
}

export function authorsLoader(options: { contentDir: string }): Loader {
  return {
    name: 'authors-registry',
    // eslint-disable-next-line @typescript-eslint/unbound-method -- Astro's context functions are closures, not methods that need `this`.
    load: async ({ config, store, parseData, generateDigest, logger }) => {
      const root = fileURLToPath(config.root);
      const { authors } = readAuthors(root, resolve(root, options.contentDir));
      const bios = authors.map((author) => readAuthorBio(root, author));
      // Checked as articles' bodies are, with the options the author's page renders them with
      // (site-content.ts): a bio is Markdown the site publishes.
      const rendered = await Promise.all(bios.map((bio) => renderArticleBody(bio, { typography: 'typographic' })));
      const problems = authors.flatMap(({ file }, i) => {
        const { images, changes } = rendered[i]!;
        for (const change of changes) if (change.severity === 'warning') logger.warn(`${file}: ${change.message}`);
        return [
          // An author's page has no image pipeline for its bio (the photo field has one): a picture would be published broken.
          ...(images.length > 0
            ? [`${file}\n  body: a bio cannot show images (${images.join(', ')}); give the author's picture in the photo field`]
            : []),
          // As for articles: markup that would take words with it stops the build.
          ...changes.filter((change) => change.severity === 'error').map((change) => `${file}\n  body: ${change.message}`),
        ];
      });
      if (problems.length > 0) throw new Error(`The authors' files have problems:\n\n${problems.join('\n\n')}`);
      store.clear();
      for (const [i, { slug, file, ...fields }] of authors.entries()) {
        const bio = bios[i]!;
        const photoSource = fields.photo ? await portraitSource(resolve(root, dirname(file), fields.photo)) : undefined;
        const data = await parseData({
          id: slug,
          data: { ...fields, ...(photoSource ? { photoSource } : {}) },
          filePath: join(root, file),
        });
        rememberPhotoOriginals(portraitPhotoUses(join(root, file), { photo: fields.photo, photoSource }));
        store.set({
          id: slug,
          data: { ...data, slug, file },
          body: bio,
          filePath: file,
          digest: generateDigest(JSON.stringify([fields, bio, photoSource])),
        });
      }
    },
  };
}

/** content/pages/*.md: the standing pages. A problem stops the build, naming the file and the field. */
export function infoPagesLoader(options: { contentDir: string }): Loader {
  return {
    name: 'info-pages',
    // eslint-disable-next-line @typescript-eslint/unbound-method -- Astro's context functions are closures, not methods that need `this`.
    load: async ({ config, store, generateDigest, logger }) => {
      const root = fileURLToPath(config.root);
      const contentDir = resolve(root, options.contentDir);
      // A page may not take a section's address, nor a reserved one (sections check the reverse).
      const { sections } = readSections(root, contentDir, siteRootNameOf(root));
      const sectionsFile = relative(root, join(contentDir, SECTIONS_FILE));
      const sectionBySlug = new Map(sections.map((section) => [section.slug, `section "${section.name}" in ${sectionsFile}`]));
      const { pages, problems } = readInfoPages(
        root,
        contentDir,
        (slug) => siteRootNameOf(root)(slug) || (sectionBySlug.get(slug) ?? false),
      );
      // Rendered and sanitised as articles are; images are for articles, which check and size them.
      const rendered = await Promise.all(pages.map((page) => renderArticleBody(page.body, { typography: 'typographic' })));
      pages.forEach((page, i) => {
        const { images, changes } = rendered[i]!;
        if (images.length > 0)
          problems.push(
            `${page.file}\n  body: a standing page cannot show images (${images.join(', ')}); link to an article that has them`,
          );
        // As for articles: markup that would take words with it stops the build; any other removal is said.
        for (const change of changes) {
          if (change.severity === 'error') problems.push(`${page.file}\n  body: ${change.message}`);
          else logger.warn(`${page.file}: ${change.message}`);
        }
      });
      if (problems.length > 0) throw new Error(`The standing pages have problems:\n\n${problems.join('\n\n')}`);
      store.clear();
      pages.forEach((page, i) =>
        store.set({
          id: page.slug,
          data: { ...page, html: rendered[i]!.html },
          filePath: page.file,
          digest: generateDigest(JSON.stringify(page)),
        }),
      );
    },
  };
}

import { defineCollection } from 'astro:content';
import { articleLoader } from '#lib/loading/article-loader.ts';
import { livePreview } from '#lib/loading/live-preview.ts';
import { authorsLoader, infoPagesLoader, sectionsLoader } from '#lib/loading/registry-loaders.ts';
import { articleSchemaIn } from '#lib/content/schema.ts';
import { authorSchema } from '#lib/content/authors.ts';
import { settings } from '#lib/settings.ts';

const { contentDir } = settings;
const registry = (path: string) => `${contentDir}/${path}`;

const articles = defineCollection({
  // Each file's name (without .md) is the entry's id and the end of its permalink.
  // Its section, subsection and byline are checked against the two registries below,
  // so in dev any change under the content folder checks the articles again.
  loader: livePreview(articleLoader({ base: `${contentDir}/articles`, contentDir }), [contentDir]),
  // Photos are not astro:assets images: the loader reads each one's size and hash, and the
  // publish step makes its variants (src/lib/photos/, docs/decisions/023).
  schema: articleSchemaIn(settings.timeZone),
});

/** content/sections.yaml, in navigation order. */
const sections = defineCollection({ loader: livePreview(sectionsLoader({ contentDir }), [registry('sections.yaml')]) });

/** content/authors/<slug>.md: who each byline names, and their bio. */
const authors = defineCollection({
  loader: livePreview(authorsLoader({ contentDir }), [registry('authors')]),
  schema: authorSchema,
});

/** content/pages/<slug>.md: About, the corrections policy and the other standing pages, at /<slug>/. */
const infoPages = defineCollection({
  // A standing page may not take a section's address, so the sections registry is read too.
  loader: livePreview(infoPagesLoader({ contentDir }), [registry('pages'), registry('sections.yaml')]),
});

export const collections = { articles, sections, authors, infoPages };

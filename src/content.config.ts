import { defineCollection } from 'astro:content';
import { articleLoader } from '#lib/files/article-loader.ts';
import { authorsLoader, sectionsLoader } from '#lib/files/registry-loaders.ts';
import { articleSchema } from '#lib/content/schema.ts';
import { settings } from '#lib/settings.ts';

const articles = defineCollection({
  // Each file's name (without .md) is the entry's id and the end of its permalink.
  // Its section, subsection and byline are checked against the two registries below.
  loader: articleLoader({ base: `${settings.contentDir}/articles`, contentDir: settings.contentDir }),
  schema: articleSchema,
});

/** content/sections.yaml, in navigation order. */
const sections = defineCollection({ loader: sectionsLoader({ contentDir: settings.contentDir }) });

/** content/authors/<slug>.md: who each byline names, and their bio. */
const authors = defineCollection({ loader: authorsLoader({ contentDir: settings.contentDir }) });

export const collections = { articles, sections, authors };

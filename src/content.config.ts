import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './lib/article-schema.ts';
import { contentRoot } from './lib/content-root.ts';

const articles = defineCollection({
  // The file name (without .md) is the entry's id, and so its slug.
  loader: glob({ pattern: '**/*.md', base: `${contentRoot()}/articles` }),
  schema: articleSchema,
});

export const collections = { articles };

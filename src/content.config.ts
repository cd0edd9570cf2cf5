import { defineCollection } from 'astro:content';
import { articleSchema } from './lib/article-schema.ts';
import { articleLoader } from './lib/article-loader.ts';
import { contentRoot } from './lib/content-root.ts';

const articles = defineCollection({
  // Each file's name (without .md) is the entry's id and the end of its permalink.
  loader: articleLoader({ base: `${contentRoot()}/articles` }),
  schema: articleSchema,
});

export const collections = { articles };

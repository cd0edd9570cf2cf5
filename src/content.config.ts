import { defineCollection } from 'astro:content';
import { articleLoader } from '#lib/files/article-loader.ts';
import { articleSchema } from '#lib/content/schema.ts';
import { settings } from '#lib/settings.ts';

const articles = defineCollection({
  // Each file's name (without .md) is the entry's id and the end of its permalink.
  loader: articleLoader({ base: `${settings.contentDir}/articles` }),
  schema: articleSchema,
});

export const collections = { articles };

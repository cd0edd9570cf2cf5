// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import { articleRehypePlugins } from './src/lib/markdown-pipeline.ts';

export default defineConfig({
  // The production origin. Every absolute URL the site emits (canonical links,
  // printed permalinks, feeds, sitemaps) is derived from this one setting.
  site: 'https://news.example.com',
  trailingSlash: 'always',
  build: {
    // One round trip: the page's CSS travels inside its HTML.
    inlineStylesheets: 'always',
  },
  devToolbar: { enabled: false },
  markdown: {
    processor: unified({
      // Authors' typography is kept exactly as written: SmartyPants would turn
      // a straight apostrophe the source text uses into a curly one.
      smartypants: false,
      // @ts-expect-error the tuple form of a plugin list is accepted at runtime
      rehypePlugins: articleRehypePlugins,
    }),
  },
});

// @ts-check
import { defineConfig } from 'astro/config';

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
});

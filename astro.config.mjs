// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { contentRoot } from './src/lib/content-root.ts';
import { SITE } from './src/lib/site.ts';
import { sitemapFacts } from './src/lib/sitemap-entries.ts';

// The production origin. Every absolute URL the site emits (canonical links,
// printed permalinks, feeds, sitemaps, social cards) is derived from it.
const site = 'https://news.example.com';

const { lastModified, redirects } = sitemapFacts(contentRoot(), site, SITE.timeZone);

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: {
    // One round trip: the page's CSS travels inside its HTML.
    inlineStylesheets: 'always',
  },
  devToolbar: { enabled: false },
  integrations: [
    sitemap({
      filter: (page) => !redirects.has(page),
      serialize: (item) => {
        const lastmod = lastModified.get(item.url);
        return lastmod ? { ...item, lastmod } : item;
      },
    }),
  ],
});

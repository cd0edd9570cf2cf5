// @ts-check
import { defineConfig, fontProviders } from 'astro/config';
import { astroCacheDir } from '#lib/cache/build-cache.ts';
import { CSP_DIRECTIVES } from '#lib/metadata/security-headers.ts';
import { photosInDev } from '#publish/photos/dev-serving.ts';
import { photoVariantsCache } from '#publish/photos/placing.ts';
import { renderingChangedPages } from '#publish/rendering-changed-pages.ts';
import { settings } from '#lib/settings.ts';

// The production origin (SITE_ORIGIN): every absolute URL the site emits derives from it.
const site = settings.origin;

export default defineConfig({
  site,
  // Astro's own cache (the content store, its fonts and Vite's files) beside
  // ours, so one setting (BUILD_CACHE_DIR) moves or isolates everything a build reuses.
  cacheDir: astroCacheDir(settings.buildCacheDir),
  trailingSlash: 'always',
  build: {
    // One round trip: the page's CSS travels inside its HTML.
    inlineStylesheets: 'always',
    // Pages wait on files (bodies, cached cards); overlapping four of them measured
    // 16.0 s against 19.1 s for 1,000 synthetic articles (tests/bench, warm cache).
    concurrency: 4,
  },
  devToolbar: { enabled: false },
  // A publish hands Astro only the pages whose cache key (src/lib/routes/page-cache-keys.ts)
  // changed, and links the others from the published site (decision 034).
  // The publication's one text face, on the page as on the share cards: Source Serif 4, self-hosted
  // from Fontsource's Latin subset, with a metric-matched fallback so nothing moves when it arrives.
  fonts: [
    {
      provider: fontProviders.local(),
      name: 'Source Serif 4',
      cssVariable: '--font-source-serif',
      fallbacks: ['Georgia', 'serif'],
      // Used when it arrives in the browser's short block period, never swapped in mid-read: Lighthouse 1.00
      // against 0.99 with 'swap' (docs/performance.md). The regular face is preloaded (BaseLayout) so that a
      // first view gets it too and the face does not change between page views (docs/decisions/029).
      display: 'optional',
      options: {
        variants: [
          { src: ['@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff2'], weight: 400, style: 'normal' },
          { src: ['@fontsource/source-serif-4/files/source-serif-4-latin-400-italic.woff2'], weight: 400, style: 'italic' },
          { src: ['@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff2'], weight: 700, style: 'normal' },
        ],
      },
    },
  ],
  // Article bodies are rendered by src/lib/cache/article-body.ts; Astro's own
  // Markdown highlighter would need inline styles the policy forbids.
  markdown: { syntaxHighlight: false },
  security: {
    // A <meta> policy on every page, with hashes of exactly the inline styles
    // it carries. Scripts come only from this site, as files.
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: ["'self'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  integrations: [
    photosInDev(photoVariantsCache(process.cwd(), settings.buildCacheDir)),
    // The sitemaps are written after Astro, by month, from every page's address (decision 035).
    renderingChangedPages(settings.buildCacheDir),
  ],
});

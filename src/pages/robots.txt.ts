/** robots.txt: everything may be crawled; both sitemaps are named. */
import type { APIRoute } from 'astro';
import { NEWS_SITEMAP_PATH, SITEMAP_INDEX_PATH } from '#lib/addresses/site-paths.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(
    [
      'User-agent: *',
      'Allow: /',
      '',
      `Sitemap: ${new URL(SITEMAP_INDEX_PATH, site).href}`,
      `Sitemap: ${new URL(NEWS_SITEMAP_PATH, site).href}`,
      '',
    ].join('\n'),
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );

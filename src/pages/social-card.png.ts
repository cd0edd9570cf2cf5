/** The card shown when a page other than an article is shared. */
import type { APIRoute } from 'astro';
import { cachedCard } from '../lib/social-card.ts';
import { SITE } from '../lib/site.ts';

export const GET: APIRoute = async () =>
  new Response(new Uint8Array(await cachedCard({ headline: `${SITE.name}: the news, readable everywhere`, section: '', date: '', siteName: SITE.name })), {
    headers: { 'Content-Type': 'image/png' },
  });

/** The publisher logo named in every article's structured data. */
import type { APIRoute } from 'astro';
import { renderPublisherLogo } from '../lib/social-card.ts';
import { SITE } from '../lib/site.ts';

export const GET: APIRoute = async () =>
  new Response(new Uint8Array(await renderPublisherLogo(SITE.name)), { headers: { 'Content-Type': 'image/png' } });

/**
 * Runs on every page as it is built: the Content-Security-Policy <meta> is
 * moved to the top of <head> (see policy-placement.ts). In `npm run dev`, the
 * content's problems are shown at the top of every page (see live-preview.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { withProblemsNotice } from '#lib/loading/problems-notice.ts';
import { contentProblems } from '#lib/loading/live-preview.ts';
import { policyFirst } from '#lib/metadata/policy-placement.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = policyFirst(await response.text());
  return new Response(import.meta.env.DEV ? withProblemsNotice(html, contentProblems()) : html, response);
});

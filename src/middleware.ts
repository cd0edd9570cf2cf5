/**
 * Runs on every page as it is built: the Content-Security-Policy <meta> is
 * moved to the top of <head> (see policy-placement.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { policyFirst } from '#lib/metadata/policy-placement.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(policyFirst(await response.text()), response);
});

/**
 * /_redirects: the old article addresses as permanent (301) redirects, for
 * static hosts that read this file (Netlify, Cloudflare Pages; see
 * redirects-file.ts). A route with a parameter, named for the file it writes,
 * because Astro does not route files whose names start with "_".
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { articlePath } from '#lib/addresses/permalink.ts';
import { redirectsFile } from '#lib/metadata/redirects-file.ts';
import { publishedArticles } from '#lib/routes/site-content.ts';
import { settings } from '#lib/settings.ts';

export const getStaticPaths = (() => [{ params: { _redirects: '_redirects' } }]) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const articles = await publishedArticles();
  const redirects = articles.flatMap((article) => {
    const to = articlePath(article, settings.timeZone);
    return article.data.redirectFrom.map((from) => ({ from, to }));
  });
  return new Response(redirectsFile(redirects), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};

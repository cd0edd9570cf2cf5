/** The article's social card, beside its page: /<permalink>/social-card.png. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { permalinkSegments } from '../../../../../../lib/permalink.ts';
import { calendarDay, formatPublicationDate } from '../../../../../../lib/publication-date.ts';
import { cachedCard } from '../../../../../../lib/social-card.ts';
import { SITE } from '../../../../../../lib/site.ts';

export const getStaticPaths = (async () => {
  const articles = await getCollection('articles');
  return articles.map((article) => ({
    params: { ...permalinkSegments({ slug: article.id, ...article.data }, SITE.timeZone) },
    props: {
      card: {
        headline: article.data.headline,
        section: [article.data.section, article.data.subsection].filter(Boolean).join(' › '),
        date: formatPublicationDate({ kind: 'day', iso: calendarDay(article.data.date, SITE.timeZone) }, SITE.timeZone),
        siteName: SITE.name,
      },
    },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await cachedCard(props['card'])), { headers: { 'Content-Type': 'image/png' } });

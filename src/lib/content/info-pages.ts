/**
 * The publication's standing pages, `content/pages/<slug>.md`: About, the
 * corrections policy and any other page a newsroom keeps beside its articles.
 * Each is served at /<slug>/ and listed in the footer, in `order`; its body is
 * Markdown, rendered and sanitised like an article's.
 */
import { z } from 'astro/zod';
import { closedObject, text } from './fields.ts';
import { LIMITS } from './limits.ts';

export const INFO_PAGES_FOLDER = 'pages';

export const infoPageSchema = closedObject({
  title: text('title', LIMITS.headline),
  /** One sentence, for search engines and shares. */
  description: text('description', LIMITS.dek),
  /** Where the footer lists the page: lower first; pages without an order follow, by title. */
  order: z.number({ error: 'order must be a number' }).int('order must be a whole number').optional(),
});

export interface InfoPage extends z.output<typeof infoPageSchema> {
  /** The file's name: the page's address, /<slug>/. */
  slug: string;
  /** The file, as shown in messages. */
  file: string;
  /** The Markdown body, as written. */
  body: string;
}

/** A standing page as the site serves it: with its body rendered and sanitised. */
export interface PublishedInfoPage extends InfoPage {
  html: string;
}

/** In the footer's order: by `order`, then by title. */
export function footerOrder(pages: ReadonlyArray<InfoPage>): InfoPage[] {
  return [...pages].sort(
    (a, b) => (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER) || a.title.localeCompare(b.title),
  );
}

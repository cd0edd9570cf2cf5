/**
 * The frontmatter of an article, as a zod schema. Unknown keys are errors: a
 * misspelt field must stop the build, not vanish.
 */
import { z } from 'astro/zod';
import { isBefore } from './publication-date.ts';
import { atMost, closedObject, DOT_SEGMENTS, linkAddress, list, name, noDotSegments, publicationDate, text, webAddress } from './fields.ts';
import { LIMITS } from './limits.ts';
import { oldAddressProblem } from '#lib/addresses/old-address.ts';
import { isSitePath, normalisedAddress } from '#lib/addresses/safe-url.ts';
import { settings } from '#lib/settings.ts';

/**
 * A byline credit. Its name is a registered author's (content/authors/), put in
 * the registered form by the loader with the author's kind and address, unless
 * `oneOff` says it is a one-off credit (wire copy, a guest), which has no
 * author page and may give its own kind and address.
 */
const creditSchema = closedObject({
  name: name('name'),
  url: linkAddress.optional(),
  role: text('role', LIMITS.name).optional(),
  /** An organisation (a publisher, a wire service) or a person. */
  kind: z.enum(['person', 'organization']).default('person'),
  oneOff: z.literal(true, { error: 'oneOff is either true or left out' }).optional(),
});

const photoSchema = closedObject({
  caption: text('caption'),
  credit: text('credit', LIMITS.name),
  /** A file in public/, by its site path (e.g. /photos/2018/pompeo-videgaray.jpg). */
  src: z
    .string()
    .refine((value) => isSitePath(value) && !value.endsWith('/'), { error: 'must be the site path of an image file in public/ (e.g. /photos/story.jpg)' })
    .refine(noDotSegments, { error: DOT_SEGMENTS })
    .transform(normalisedAddress)
    .optional(),
  alt: text('alt', LIMITS.prose).optional(),
  width: z.number().int().positive().optional(),
  height: z.number().int().positive().optional(),
}).superRefine((photo, ctx) => {
  if (photo.src && !photo.alt) {
    ctx.addIssue({ code: 'custom', path: ['alt'], message: 'alt text is required when the photo has a src' });
  }
  if (photo.src && (!photo.width || !photo.height)) {
    ctx.addIssue({
      code: 'custom',
      path: ['width'],
      message: 'width and height (in pixels) are required when the photo has a src, so the page does not shift while it loads',
    });
  }
});

const relatedLinkSchema = closedObject({
  title: text('title', LIMITS.headline),
  url: linkAddress.optional(),
  published: publicationDate.optional(),
});

const correctionSchema = closedObject({
  date: publicationDate,
  text: text('text'),
});

export const articleSchema = closedObject({
  headline: text('headline', LIMITS.headline),
  dek: text('dek', LIMITS.dek).optional(),
  byline: list('byline', creditSchema).min(1, { error: 'byline needs at least one credit (a person or an organisation)' }),
  date: publicationDate,
  updated: publicationDate.optional(),
  dateline: text('dateline', LIMITS.name).optional(),
  section: name('section'),
  subsection: name('subsection').optional(),
  tags: list('tags', name('tag')).default([]),
  photo: photoSchema.optional(),
  relatedLinks: list('relatedLinks', relatedLinkSchema).default([]),
  source: closedObject({ publisher: text('publisher', LIMITS.name), url: webAddress }).optional(),
  corrections: list('corrections', correctionSchema).default([]),
  /** A draft is held back from every page, feed and index; `npm run dev` shows it under a banner. */
  draft: z.boolean({ error: 'draft is true or false' }).default(false),
  /** Old addresses of this article; each redirects to the permalink. */
  redirectFrom: list(
    'redirectFrom',
    z
      .string()
      .superRefine(atMost('the old address', LIMITS.address))
      .superRefine((path, ctx) => {
        const problem = path.length <= LIMITS.address && oldAddressProblem(path);
        if (problem) ctx.addIssue({ code: 'custom', message: `"${path}" ${problem}` });
      }),
  ).default([]),
}).superRefine((article, ctx) => {
  if (article.updated && isBefore(article.updated, article.date, settings.timeZone)) {
    ctx.addIssue({
      code: 'custom',
      path: ['updated'],
      message: `updated (${article.updated.iso}) is before date (${article.date.iso}); it must be the same or later`,
    });
  }
});

export type Article = z.output<typeof articleSchema>;
export type Credit = z.output<typeof creditSchema>;
export type RelatedLink = z.output<typeof relatedLinkSchema>;
export type Correction = z.output<typeof correctionSchema>;
export type Photo = z.output<typeof photoSchema>;

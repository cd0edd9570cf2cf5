/**
 * The frontmatter of an article, as a zod schema. Unknown keys are errors: a
 * misspelt field must stop the build, not vanish.
 */
import { z } from 'astro/zod';
import { isBefore, isTimeZone } from '#lib/dates/publication-date.ts';
import {
  atMost,
  closedObject,
  linkAddress,
  list,
  localImagePath,
  name,
  photoSourceSchema,
  publicationDateIn,
  text,
  webAddress,
} from './fields.ts';
import { LIMITS } from './limits.ts';
import { oldAddressProblem } from '#lib/addresses/old-address.ts';
import { withPageSlash } from '#lib/addresses/safe-url.ts';

/**
 * A byline credit. Its name is a registered author's (content/authors/), put in
 * the registered form by the loader with the author's kind, address and file
 * name (`slug`), unless `oneOff` says it is a one-off credit (wire copy, a
 * guest), which has no author page and may give its own kind and address.
 */
const creditSchema = closedObject({
  name: name('name'),
  /**
   * A registered author's file name, the end of their page's address /by/<slug>/: written by
   * the loader (never by an author: it refuses the field), absent for a one-off credit.
   */
  slug: z.string().optional(),
  url: linkAddress.optional(),
  role: text('role', LIMITS.name).optional(),
  /** An organisation (a publisher, a wire service) or a person. */
  kind: z.enum(['person', 'organization']).default('person'),
  oneOff: z.literal(true, { error: 'oneOff is either true or left out' }).optional(),
});

const photoSchema = closedObject({
  caption: text('caption'),
  credit: text('credit', LIMITS.name),
  /** A file beside the article, e.g. ./photo.jpg; the loader reads its size and content hash (photoSource). */
  src: localImagePath.optional(),
  alt: text('alt', LIMITS.prose).optional(),
}).superRefine((photo, ctx) => {
  if (photo.src && !photo.alt) {
    ctx.addIssue({ code: 'custom', path: ['alt'], message: 'alt text is required when the photo has a src' });
  }
});

/**
 * The article schema for a site in `timeZone`, the zone that reads a timestamp written without its
 * offset (in the error's example) and compares `updated` with `date`. It takes the zone rather
 * than reading the settings, so the model stays pure: the loader passes the site's.
 */
export function articleSchemaIn(timeZone: string) {
  const publicationDate = publicationDateIn(timeZone);

  const relatedLinkSchema = closedObject({
    title: text('title', LIMITS.headline),
    /** A site path written without its last "/" is the page's address all the same. */
    url: linkAddress.transform(withPageSlash).optional(),
    published: publicationDate.optional(),
  });

  const correctionSchema = closedObject({
    date: publicationDate,
    text: text('text'),
  });

  return closedObject(
    {
      headline: text('headline', LIMITS.headline),
      dek: text('dek', LIMITS.dek).optional(),
      byline: list('byline', creditSchema).min(1, { error: 'byline needs at least one credit (a person or an organisation)' }),
      date: publicationDate,
      updated: publicationDate.optional(),
      dateline: text('dateline', LIMITS.name).optional(),
      /** The zone of the dateline's place (IANA), so a timestamp also reads in the story's local time. */
      datelineZone: z
        .string({ error: 'datelineZone must be text: an IANA time zone name, e.g. America/Mexico_City' })
        .refine(isTimeZone, {
          error: (issue) => `datelineZone "${String(issue.input)}" is not a time zone name; write an IANA name, e.g. America/Mexico_City`,
        })
        .optional(),
      section: name('section'),
      /**
       * The registered slugs of the section and subsection, which their addresses and the article's
       * are made from: written by the loader from content/sections.yaml (never by an author: the
       * loader refuses the fields), so a section's address is the registered one, never its name's.
       */
      sectionSlug: z.string(),
      subsection: name('subsection').optional(),
      subsectionSlug: z.string().optional(),
      tags: list('tags', name('tag')).default([]),
      photo: photoSchema.optional(),
      /** The photo file's hash and size, read by the loader (never written by an author: the loader refuses the field). */
      photoSource: photoSourceSchema.optional(),
      relatedLinks: list('relatedLinks', relatedLinkSchema).default([]),
      source: closedObject({ publisher: text('publisher', LIMITS.name), url: webAddress }).optional(),
      corrections: list('corrections', correctionSchema).default([]),
      /**
       * The images the body shows, found by the loader while it renders the body
       * (never written by an author: the loader refuses the field in a file).
       */
      bodyImages: z.array(z.strictObject({ path: z.string(), source: photoSourceSchema })).default([]),
      /**
       * The start of the body, which listings, feeds and meta tags show when there is no dek, written
       * by the loader when it checks the body (never by an author: the loader refuses the field).
       */
      summary: z.string().default(''),
      /** A draft is held back from every page, feed and index; `npm run dev` shows it under a banner. */
      draft: z.boolean({ error: 'draft is true or false' }).default(false),
      /**
       * How quotes, apostrophes and dashes are set: `typographic` (the default) curls them in the
       * body, headline, dek and caption; `as-typed` keeps a verbatim capture's characters exactly.
       */
      typography: z.enum(['typographic', 'as-typed'], { error: 'typography must be "typographic" or "as-typed"' }).default('typographic'),
      /** An editor's choice to lead the front page and the section front, above newer stories (the newest pinned one leads). */
      pinned: z.boolean({ error: 'pinned is true or false' }).default(false),
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
    },
    { writtenByTheBuild: ['photoSource', 'bodyImages', 'summary'] },
  ).superRefine((article, ctx) => {
    if (article.updated && isBefore(article.updated, article.date, timeZone)) {
      ctx.addIssue({
        code: 'custom',
        path: ['updated'],
        message: `updated (${article.updated.iso}) is before date (${article.date.iso}); it must be the same or later`,
      });
    }
  });
}

/** An article's data, as the model sees it. */
export type Article = z.output<ReturnType<typeof articleSchemaIn>>;
export type Credit = z.output<typeof creditSchema>;
export type RelatedLink = Article['relatedLinks'][number];
export type Correction = Article['corrections'][number];

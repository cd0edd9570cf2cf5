/**
 * The frontmatter of an article, as a zod schema. Unknown keys are errors: a
 * misspelt field must stop the build, not vanish.
 */
import { z } from 'astro/zod';
import { isBefore, parsePublicationDate, type PublicationDate } from './publication-date.ts';
import { hasVisibleText } from './invisible-text.ts';
import { oldAddressProblem } from '#lib/addresses/old-address.ts';
import { isLinkAddress, isSitePath, isWebAddress } from '#lib/addresses/safe-url.ts';
import { settings } from '#lib/settings.ts';

/**
 * An object that rejects fields it does not know, naming them, so that a
 * misspelt key stops the build instead of silently disappearing.
 */
function closedObject<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}: check the spelling against the frontmatter reference in docs/authoring.md`
        : undefined,
  });
}

/** Text a reader can see: a value of only spaces or invisible characters (zero-width spaces, …) counts as empty. */
const text = (what: string) =>
  z.string({ error: `${what} must be text` }).refine(hasVisibleText, { error: `${what} must not be empty (spaces and invisible characters alone do not count)` });

/**
 * A name the site files articles under and shows in navigation, addresses and
 * the search page's filters (section, subsection, byline, tag). The search
 * page's filter panel inserts names as HTML, and no real section, person or
 * topic is called `<meta …>`, so a name with "<" or ">" is refused rather than
 * escaped in one place and live in another.
 */
const name = (what: string) =>
  text(what).refine((value) => !/[<>]/.test(value), {
    error: `${what} must be plain text: "<" and ">" are not allowed in a name (they would be read as markup where the name is shown)`,
  });

const publicationDate = z.unknown().transform((value, ctx): PublicationDate => {
  const parsed = parsePublicationDate(value);
  if (typeof parsed === 'string') {
    ctx.addIssue({ code: 'custom', message: parsed });
    return z.NEVER;
  }
  return parsed;
});

const webAddress = z
  .string()
  .refine(isWebAddress, { error: 'must be an absolute http:// or https:// address' });

const linkAddress = z.string().refine(isLinkAddress, {
  error: 'must be an absolute http:// or https:// address or a site path starting with "/"',
});

const creditSchema = closedObject({
  name: name('name'),
  url: linkAddress.optional(),
  role: text('role').optional(),
  /** An organisation (a publisher, a wire service) or a person. */
  kind: z.enum(['person', 'organization']).default('person'),
});

const photoSchema = closedObject({
  caption: text('caption'),
  credit: text('credit'),
  /** A file in public/, by its site path (e.g. /photos/2018/pompeo-videgaray.jpg). */
  src: z
    .string()
    .refine((value) => isSitePath(value) && !value.endsWith('/'), { error: 'must be the site path of an image file in public/ (e.g. /photos/story.jpg)' })
    .optional(),
  alt: text('alt').optional(),
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
  title: text('title'),
  url: linkAddress.optional(),
  published: publicationDate.optional(),
});

const correctionSchema = closedObject({
  date: publicationDate,
  text: text('text'),
});

export const articleSchema = closedObject({
  headline: text('headline'),
  dek: text('dek').optional(),
  byline: z.array(creditSchema).min(1, { error: 'byline needs at least one credit (a person or an organisation)' }),
  date: publicationDate,
  updated: publicationDate.optional(),
  dateline: text('dateline').optional(),
  section: name('section'),
  subsection: name('subsection').optional(),
  tags: z.array(name('tag')).default([]),
  photo: photoSchema.optional(),
  relatedLinks: z.array(relatedLinkSchema).default([]),
  source: closedObject({ publisher: text('publisher'), url: webAddress }).optional(),
  corrections: z.array(correctionSchema).default([]),
  /** Old addresses of this article; each redirects to the permalink. */
  redirectFrom: z
    .array(
      z.string().superRefine((path, ctx) => {
        const problem = oldAddressProblem(path);
        if (problem) ctx.addIssue({ code: 'custom', message: `"${path}" ${problem}` });
      }),
    )
    .default([]),
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

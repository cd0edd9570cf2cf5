/**
 * The frontmatter of an article, as a zod schema. Unknown keys are errors: a
 * misspelt field must stop the build, not vanish.
 */
import { z } from 'astro/zod';
import { isBefore, parsePublicationDate, type PublicationDate } from './publication-date.ts';
import { hasVisibleText } from './invisible-text.ts';
import { LIMITS } from './limits.ts';
import { oldAddressProblem } from '#lib/addresses/old-address.ts';
import { hasDotSegment, isLinkAddress, isSitePath, isWebAddress, normalisedAddress } from '#lib/addresses/safe-url.ts';
import { toSlug } from '#lib/addresses/slug.ts';
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

/** A limit on a value's length, refused with the measured value (see limits.ts). */
const atMost = (what: string, max: number) => (value: string, ctx: z.RefinementCtx) => {
  if (value.length > max) {
    ctx.addIssue({ code: 'custom', message: `${what} is ${value.length.toLocaleString('en')} characters, over the limit of ${max.toLocaleString('en')}` });
  }
};

/** A list field with at most LIMITS.listItems entries. */
const list = <Item extends z.ZodType>(what: string, item: Item) =>
  z.array(item).max(LIMITS.listItems, { error: (issue) => `${what} has ${String((issue.input as unknown[]).length)} entries, over the limit of ${LIMITS.listItems}` });

/** Text a reader can see: a value of only spaces or invisible characters (zero-width spaces, …) counts as empty. */
const text = (what: string, max: number = LIMITS.prose) =>
  z
    .string({ error: `${what} must be text` })
    .refine(hasVisibleText, { error: `${what} must not be empty (spaces and invisible characters alone do not count)` })
    .superRefine(atMost(what, max));

/**
 * A name the site files articles under and shows in navigation, addresses and
 * the search page's filters (section, subsection, byline, tag). The search
 * page's filter panel inserts names as HTML, and no real section, person or
 * topic is called `<meta …>`, so a name with "<" or ">" is refused rather than
 * escaped in one place and live in another.
 */
const name = (what: string) =>
  text(what, LIMITS.name)
    .refine((value) => !/[<>]/.test(value), {
      error: `${what} must be plain text: "<" and ">" are not allowed in a name (they would be read as markup where the name is shown)`,
    })
    .refine((value) => !hasVisibleText(value) || toSlug(value) !== '', {
      error: (issue) => `${what} "${String(issue.input)}" gives no address: a name needs at least one letter or digit for its page's address`,
    });

const publicationDate = z.unknown().transform((value, ctx): PublicationDate => {
  const parsed = parsePublicationDate(value);
  if (typeof parsed === 'string') {
    ctx.addIssue({ code: 'custom', message: parsed });
    return z.NEVER;
  }
  return parsed;
});

const noDotSegments = (value: string) => !isSitePath(value) || !hasDotSegment(value);
const DOT_SEGMENTS = 'must not have "." or ".." segments, which browsers resolve away to another address';

/** Addresses are stored as browsers read them (see normalisedAddress): a `"` or space is escaped, never published raw. */
const webAddress = z
  .string()
  .superRefine(atMost('the address', LIMITS.address))
  .refine(isWebAddress, { error: 'must be an absolute http:// or https:// address' })
  .transform(normalisedAddress);

const linkAddress = z
  .string()
  .superRefine(atMost('the address', LIMITS.address))
  .refine(isLinkAddress, { error: 'must be an absolute http:// or https:// address or a site path starting with "/"' })
  .refine(noDotSegments, { error: DOT_SEGMENTS })
  .transform(normalisedAddress);

const creditSchema = closedObject({
  name: name('name'),
  url: linkAddress.optional(),
  role: text('role', LIMITS.name).optional(),
  /** An organisation (a publisher, a wire service) or a person. */
  kind: z.enum(['person', 'organization']).default('person'),
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

/**
 * The field types every content file's schema is built from (articles,
 * sections, authors): closed objects, visible text, names, dates, addresses,
 * bounded lists. Each refuses a bad value with a message an editor can act on.
 */
import { z } from 'astro/zod';
import { parsePublicationDate, type PublicationDate } from '#lib/dates/publication-date.ts';
import { hasVisibleText } from './invisible-text.ts';
import { LIMITS } from './limits.ts';
import {
  hasCredentials,
  hasDotSegment,
  imageReference,
  isLinkAddress,
  isSitePath,
  isWebAddress,
  normalisedAddress,
} from '#lib/addresses/safe-url.ts';
import { toSlug } from '#lib/addresses/slug.ts';
import { nearestName } from './registry-match.ts';

/**
 * An object that rejects fields it does not know, naming them, so that a
 * misspelt key stops the build instead of silently disappearing.
 */
export function closedObject<Shape extends z.ZodRawShape>(shape: Shape, options: { writtenByTheBuild?: ReadonlyArray<keyof Shape> } = {}) {
  // A field the build writes itself is refused in a file, so it is never suggested for a misspelling.
  const known = Object.keys(shape)
    .filter((key) => !options.writtenByTheBuild?.includes(key))
    .map((key) => ({ name: key, slug: key }));
  const guess = (key: string) => {
    const nearest = nearestName(key, known);
    return nearest ? ` (did you mean "${nearest}"?)` : '';
  };
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code === 'unrecognized_keys') {
        const keys = issue.keys.map((key) => `"${key}"${guess(key)}`).join(', ');
        return `unknown field${issue.keys.length > 1 ? 's' : ''} ${keys}: check the spelling against the frontmatter reference in docs/authoring.md`;
      }
      return issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : undefined;
    },
  });
}

/** A limit on a value's length, refused with the measured value (see limits.ts). */
export const atMost = (what: string, max: number) => (value: string, ctx: z.RefinementCtx) => {
  if (value.length > max) {
    ctx.addIssue({
      code: 'custom',
      message: `${what} is ${value.length.toLocaleString('en')} characters, over the limit of ${max.toLocaleString('en')}`,
    });
  }
};

/** A list field with at most LIMITS.listItems entries. */
export const list = <Item extends z.ZodType>(what: string, item: Item) =>
  z
    .array(item, {
      error: (issue) => (issue.input === undefined ? `${what} is required` : `${what} must be a list (lines starting with "- ")`),
    })
    .max(LIMITS.listItems, {
      error: (issue) => `${what} has ${String((issue.input as unknown[]).length)} entries, over the limit of ${LIMITS.listItems}`,
    });

/** Text a reader can see: a value of only spaces or invisible characters (zero-width spaces, …) counts as empty. */
export const text = (what: string, max: number = LIMITS.prose) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `${what} is required` : `${what} must be text`) })
    .refine(hasVisibleText, { error: `${what} must not be empty (spaces and invisible characters alone do not count)` })
    .superRefine(atMost(what, max));

/**
 * A name the site files articles under and shows in navigation, addresses and
 * the search page's filters (section, subsection, byline, tag). The search
 * page's filter panel inserts names as HTML, and no real section, person or
 * topic is called `<meta …>`, so a name with "<" or ">" is refused rather than
 * escaped in one place and live in another.
 */
export const name = (what: string) =>
  text(what, LIMITS.name)
    .refine((value) => !/[<>]/.test(value), {
      error: `${what} must be plain text: "<" and ">" are not allowed in a name (they would be read as markup where the name is shown)`,
    })
    .refine((value) => !hasVisibleText(value) || toSlug(value) !== '', {
      error: (issue) =>
        `${what} "${String(issue.input)}" gives no address: a name needs at least one letter or digit for its page's address`,
    });

/** A publication date (see #lib/dates/publication-date.ts); a timestamp missing its offset is shown with the one `timeZone` has that day. */
export const publicationDateIn = (timeZone: string) =>
  z.unknown().transform((value, ctx): PublicationDate => {
    const parsed = parsePublicationDate(value, timeZone);
    if (typeof parsed === 'string') {
      ctx.addIssue({ code: 'custom', message: parsed });
      return z.NEVER;
    }
    return parsed;
  });

const noDotSegments = (value: string) => !isSitePath(value) || !hasDotSegment(value);
const DOT_SEGMENTS = 'must not have "." or ".." segments, which browsers resolve away to another address';

/** Addresses are stored as browsers read them (see normalisedAddress): a `"` or space is escaped, never published raw. */
/** Credentials in an address are published with it: refused, never stripped, so the author sees what they wrote. */
const CREDENTIALS =
  'must not hold a user name or password ("user:password@" before the host): the page would publish them for anyone to read; remove them from the address';

const addressText = () => z.string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be an address, as text') });

export const webAddress = addressText()
  .superRefine(atMost('the address', LIMITS.address))
  .refine(isWebAddress, { error: 'must be an absolute http:// or https:// address' })
  .refine((value) => !hasCredentials(value), { error: CREDENTIALS })
  .transform(normalisedAddress);

export const linkAddress = addressText()
  .superRefine(atMost('the address', LIMITS.address))
  .refine(isLinkAddress, { error: 'must be an absolute http:// or https:// address or a site path starting with "/"' })
  .refine(noDotSegments, { error: DOT_SEGMENTS })
  .refine((value) => !hasCredentials(value), { error: CREDENTIALS })
  .transform(normalisedAddress);

/**
 * A photo file written beside the article (`./photo.jpg`, in the article's
 * folder). Not an address: a remote image would load from another site (the
 * policy allows images from this site only) and a site path would bypass the
 * image pipeline that sizes it.
 */
export const localImagePath = z
  .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be a file name, as text') })
  .refine((value) => !imageReference.isRemote(value), {
    error: "must be a file beside the article, not an address: download the image into the article's folder and write ./photo.jpg",
  })
  .refine((value) => !imageReference.isSitePath(value), {
    error:
      'must be a file beside the article (e.g. ./photo.jpg): make the article a folder, content/articles/<slug>/index.md, with the photo next to it',
  })
  .refine((value) => !imageReference.leavesFolder(value), {
    error: 'must be a file beside the article; ".." would reach outside its folder',
  })
  .refine(imageReference.isImageFile, { error: 'must be a JPEG, PNG, WebP, AVIF, GIF or TIFF file' });

/** What the loader reads of an image file: its content hash and its upright size (src/lib/photos/variant-plan.ts). */
export const photoSourceSchema = z.strictObject({ hash: z.string(), width: z.number().int(), height: z.number().int() });

/**
 * The authors registry, `content/authors/<slug>.md`: one file per person or
 * organisation credited in bylines, its frontmatter who they are and its body
 * their bio (Markdown, rendered and sanitised like an article's). A byline
 * names a registered author, or says it is a one-off credit (`oneOff: true`:
 * wire copy, a guest), which gets no author page.
 */
import { z } from 'astro/zod';
import { closedObject, linkAddress, list, localImagePath, name, photoSourceSchema, text, webAddress } from './fields.ts';
import { LIMITS } from './limits.ts';

/** An author's fields, as written in their file, and their portrait's hash and size as the loader reads them. */
export const authorSchema = closedObject(
  {
    name: name('name'),
    kind: z.enum(['person', 'organization'], { error: 'kind must be "person" or "organization"' }),
    role: text('role', LIMITS.name).optional(),
    /** The author's own page elsewhere (a staff page, the organisation's site). */
    url: linkAddress.optional(),
    /** Profiles that are the same person or organisation elsewhere, for structured data. */
    sameAs: list('sameAs', webAddress).default([]),
    /** A portrait or logo beside the author's file (./ana-ruiz.jpg), shown small and square on their page. */
    photo: localImagePath.optional(),
    /** Read by the authors' loader from the photo file (never written by an author). */
    photoSource: photoSourceSchema.optional(),
  },
  { writtenByTheBuild: ['photoSource'] },
);

type AuthorData = z.output<typeof authorSchema>;

export interface RegisteredAuthor extends AuthorData {
  /** The file's name: the end of the author page's address, /by/<slug>/. */
  slug: string;
  /** The file, as shown in messages. */
  file: string;
}

export const AUTHORS_FOLDER = 'authors';

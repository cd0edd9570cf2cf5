/**
 * An article's permanent address: /<section>/<yyyy>/<mm>/<dd>/<slug>/.
 * Built from the section, the publication day and the file name only, so that
 * rewriting a headline never breaks a link someone has already shared.
 */
import { calendarDay, type PublicationDate } from './publication-date.ts';
import { toSlug } from './slug.ts';

export interface PermalinkInput {
  /** The entry's file name without extension. */
  slug: string;
  section: string;
  date: PublicationDate;
}

export interface PermalinkSegments {
  section: string;
  year: string;
  month: string;
  day: string;
  slug: string;
}

export function permalinkSegments(input: PermalinkInput, timeZone: string): PermalinkSegments {
  const [year, month, day] = calendarDay(input.date, timeZone).split('-') as [string, string, string];
  return { section: toSlug(input.section), year, month, day, slug: input.slug };
}

export function permalink(input: PermalinkInput, timeZone: string): string {
  const s = permalinkSegments(input, timeZone);
  return `/${s.section}/${s.year}/${s.month}/${s.day}/${s.slug}/`;
}

/** The absolute form, for canonical links, print and sharing. */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}

/**
 * An article's permanent address: /<section>/<yyyy>/<mm>/<dd>/<slug>/.
 * Built from the section, the publication day and the file name only, so that
 * rewriting a headline never breaks a link someone has already shared.
 */
import { calendarDay, type PublicationDate } from '#lib/dates/publication-date.ts';

export interface PermalinkInput {
  /** The entry's file name without extension. */
  slug: string;
  /** The section's registered slug (content/sections.yaml), not its name. */
  sectionSlug: string;
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
  return { section: input.sectionSlug, year, month, day, slug: input.slug };
}

export function permalink(input: PermalinkInput, timeZone: string): string {
  const s = permalinkSegments(input, timeZone);
  return `/${s.section}/${s.year}/${s.month}/${s.day}/${s.slug}/`;
}

/** The permalink of a collection entry (its id is the file name). */
export function articlePath(article: { id: string; data: { sectionSlug: string; date: PublicationDate } }, timeZone: string): string {
  return permalink({ slug: article.id, sectionSlug: article.data.sectionSlug, date: article.data.date }, timeZone);
}

const PERMALINK_SHAPE = /^\/[^/]+\/(\d{4})\/(\d{2})\/(\d{2})\/([^/]+)\/$/;

/** The article slug a permalink ends with, or undefined when the path is not a permalink. */
export function permalinkSlug(path: string): string | undefined {
  return PERMALINK_SHAPE.exec(path)?.[4];
}

/** The publication day a permalink carries, as "yyyy/mm/dd", or undefined when the path is not a permalink. */
export function permalinkDay(path: string): string | undefined {
  const match = PERMALINK_SHAPE.exec(path);
  return match ? `${match[1]}/${match[2]}/${match[3]}` : undefined;
}

/** The absolute form, for canonical links, print and sharing. */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}

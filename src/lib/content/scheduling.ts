/**
 * Scheduled articles: an entry dated in the future is held back from every
 * page, feed and sitemap until its time comes (the next build after it), unless
 * PREVIEW_SCHEDULED=1 asks to see them, for an editor's preview build.
 */
import { calendarDay, type PublicationDate } from '#lib/dates/publication-date.ts';

export function isScheduled(date: PublicationDate, now: Date, timeZone: string): boolean {
  if (date.kind === 'instant') return Date.parse(date.iso) > now.getTime();
  return date.iso > calendarDay({ kind: 'instant', iso: now.toISOString() }, timeZone);
}

/** Why an article a preview shows is not public yet. */
export type PreviewStatus = 'draft' | 'scheduled';

/**
 * An article's preview status: a draft, or dated after `now`; undefined once it is published.
 * A published site holds both back (see the article loader), so there it is always undefined.
 */
export function previewStatus(
  data: { draft?: boolean | undefined; date: PublicationDate },
  now: Date,
  timeZone: string,
): PreviewStatus | undefined {
  if (data.draft) return 'draft';
  return isScheduled(data.date, now, timeZone) ? 'scheduled' : undefined;
}

/**
 * Scheduled articles: an entry dated in the future is held back from every
 * page, feed and sitemap until its time comes (the next build after it), unless
 * PREVIEW_SCHEDULED=1 asks to see them, for an editor's preview build.
 */
import { calendarDay, type PublicationDate } from './publication-date.ts';

export function isScheduled(date: PublicationDate, now: Date, timeZone: string): boolean {
  if (date.kind === 'instant') return Date.parse(date.iso) > now.getTime();
  return date.iso > calendarDay({ kind: 'instant', iso: now.toISOString() }, timeZone);
}

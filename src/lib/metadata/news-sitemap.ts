/** The XML of a news sitemap (xmlns:news). */
import { machineTimestamp, publicationInstant, type PublicationDate } from '#lib/dates/publication-date.ts';
import { escapeXml } from './xml.ts';

export interface NewsSitemapEntry {
  url: string;
  title: string;
  /** Written as the instant the date stands for everywhere (see publicationInstant). */
  date: PublicationDate;
}

/** News search engines read only the last two days' articles from a news sitemap. */
const NEWS_SITEMAP_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;

/** The entries published in the two days up to `now` (the build's time: SOURCE_DATE_EPOCH when set). */
export function recentForNews<T extends { date: PublicationDate }>(entries: ReadonlyArray<T>, now: Date, timeZone: string): T[] {
  return entries.filter((entry) => {
    const age = now.getTime() - publicationInstant(entry.date, timeZone).getTime();
    return age >= 0 && age <= NEWS_SITEMAP_WINDOW_MS;
  });
}

/**
 * `recent`: the last two days' articles, each with its <news:news>. The sitemap schema asks for
 * at least one <url>, so on a day with none the sitemap lists `quietDayUrl` (the newest article,
 * or the front page) without <news:news>, as Google News asks of older addresses: it stays valid
 * and at its address, and offers nothing as news.
 */
export function newsSitemap(
  recent: ReadonlyArray<NewsSitemapEntry>,
  quietDayUrl: string,
  publication: { name: string; language: string; timeZone: string },
): string {
  const urls =
    recent.length === 0
      ? [`<url><loc>${escapeXml(quietDayUrl)}</loc></url>`]
      : recent.map(
          (entry) =>
            `<url><loc>${escapeXml(entry.url)}</loc><news:news><news:publication><news:name>${escapeXml(publication.name)}</news:name>` +
            `<news:language>${escapeXml(publication.language)}</news:language></news:publication>` +
            `<news:publication_date>${machineTimestamp(entry.date, publication.timeZone)}</news:publication_date><news:title>${escapeXml(entry.title)}</news:title></news:news></url>`,
        );
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n' +
    urls.join('\n') +
    '\n</urlset>\n'
  );
}

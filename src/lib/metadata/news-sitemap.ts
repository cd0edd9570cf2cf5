/** The XML of a news sitemap (xmlns:news). */
import { publicationInstant, type PublicationDate } from '#lib/content/publication-date.ts';
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
export function recentForNews<T extends { date: PublicationDate }>(entries: ReadonlyArray<T>, now: Date): T[] {
  return entries.filter((entry) => {
    const age = now.getTime() - publicationInstant(entry.date).getTime();
    return age >= 0 && age <= NEWS_SITEMAP_WINDOW_MS;
  });
}

export function newsSitemap(entries: ReadonlyArray<NewsSitemapEntry>, publication: { name: string; language: string }): string {
  const urls = entries.map(
    (entry) =>
      `<url><loc>${escapeXml(entry.url)}</loc><news:news><news:publication><news:name>${escapeXml(publication.name)}</news:name>` +
      `<news:language>${escapeXml(publication.language)}</news:language></news:publication>` +
      `<news:publication_date>${publicationInstant(entry.date).toISOString()}</news:publication_date><news:title>${escapeXml(entry.title)}</news:title></news:news></url>`,
  );
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n' +
    urls.join('\n') +
    '\n</urlset>\n'
  );
}

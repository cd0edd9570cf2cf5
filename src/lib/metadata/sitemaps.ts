/**
 * The site's sitemaps: an index, one file of articles for each month they were published in (in
 * the site's zone), and one of the other pages (fronts, sections, listings, bylines, tags, standing
 * pages). Cut by month so that a publish rewrites the files of the months it touched, not the
 * whole archive's (decision 035); a file that would pass the protocol's 50,000 addresses goes on
 * in a second file of the same name and a number.
 */
import { calendarDay } from '#lib/dates/publication-date.ts';
import { SITEMAP_INDEX_PATH } from '#lib/addresses/site-paths.ts';
import { escapeXml } from './xml.ts';

/** The sitemap protocol's limit of addresses in one file. */
const SITEMAP_ADDRESS_LIMIT = 50_000;

export interface SitemapArticle {
  path: string;
  /** Written as the sitemap's <lastmod> (a W3C timestamp). */
  lastModified: string;
  /** The instant it was published at: the month whose file lists it. */
  publishedAt: string;
}

interface SitemapEntry {
  path: string;
  lastModified?: string | undefined;
}

export interface SitemapFile {
  /** The file's address on the site, "/sitemap-articles-2024-03.xml". */
  path: string;
  xml: string;
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';
const NAMESPACE = 'http://www.sitemaps.org/schemas/sitemap/0.9';

/** Entries in address order (by code unit, so the same on every machine), cut into files of at most `limit`. */
function filesOf(base: string, entries: SitemapEntry[], limit: number): Array<{ path: string; entries: SitemapEntry[] }> {
  const sorted = entries.toSorted((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const files = [];
  for (let start = 0, part = 1; start < sorted.length; start += limit, part += 1)
    files.push({ path: `/${base}${part === 1 ? '' : `-${part}`}.xml`, entries: sorted.slice(start, start + limit) });
  return files;
}

const lastmod = (timestamp: string | undefined) => (timestamp ? `<lastmod>${escapeXml(timestamp)}</lastmod>` : '');

/** The latest of the timestamps, each compared as the instant it names. */
function latest(timestamps: Array<string | undefined>): string | undefined {
  let found: string | undefined;
  for (const timestamp of timestamps)
    if (timestamp !== undefined && (found === undefined || Date.parse(timestamp) > Date.parse(found))) found = timestamp;
  return found;
}

/**
 * The sitemap files for `pages` (every page's address, articles among them) and `articles`, with
 * `site` the origin every address is absolute on, the index first. `redirects` (old addresses,
 * which only send readers on) are left out.
 */
export function sitemapFiles(
  { pages, articles, redirects }: { pages: Iterable<string>; articles: ReadonlyArray<SitemapArticle>; redirects: ReadonlySet<string> },
  { site, timeZone, limit = SITEMAP_ADDRESS_LIMIT }: { site: string; timeZone: string; limit?: number },
): SitemapFile[] {
  // Compared as absolute addresses: "/a/b" and "/a/b/" are told apart, an encoded and a plain one are not.
  const absolute = (path: string) => new URL(path, site).href;
  const byMonth = new Map<string, SitemapEntry[]>();
  const articleAddresses = new Set<string>();
  const redirectAddresses = new Set([...redirects].map(absolute));
  for (const article of articles) {
    articleAddresses.add(absolute(article.path));
    const month = calendarDay({ kind: 'instant', iso: article.publishedAt }, timeZone).slice(0, 7);
    const entries = byMonth.get(month) ?? byMonth.set(month, []).get(month)!;
    entries.push({ path: article.path, lastModified: article.lastModified });
  }
  const others: SitemapEntry[] = [];
  for (const path of new Set(pages))
    if (!articleAddresses.has(absolute(path)) && !redirectAddresses.has(absolute(path))) others.push({ path });
  const parts = [
    ...[...byMonth.keys()].sort().flatMap((month) => filesOf(`sitemap-articles-${month}`, byMonth.get(month)!, limit)),
    ...filesOf('sitemap-pages', others, limit),
  ];
  const loc = (path: string) => `<loc>${escapeXml(absolute(path))}</loc>`;
  const index =
    `${XML_DECLARATION}<sitemapindex xmlns="${NAMESPACE}">\n` +
    parts
      .map(({ path, entries }) => `<sitemap>${loc(path)}${lastmod(latest(entries.map((entry) => entry.lastModified)))}</sitemap>\n`)
      .join('') +
    '</sitemapindex>\n';
  return [
    { path: SITEMAP_INDEX_PATH, xml: index },
    ...parts.map(({ path, entries }) => ({
      path,
      xml:
        `${XML_DECLARATION}<urlset xmlns="${NAMESPACE}">\n` +
        entries.map((entry) => `<url>${loc(entry.path)}${lastmod(entry.lastModified)}</url>\n`).join('') +
        '</urlset>\n',
    })),
  ];
}

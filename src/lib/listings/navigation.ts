/**
 * What the header and footer of every page show: the registered sections that
 * have articles (in the registry's order), the standing pages (in the footer's
 * order), the year the publication's archive begins, for the copyright line,
 * and the front page's date under the masthead.
 */
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { calendarDay, type PublicationDate } from '#lib/dates/publication-date.ts';
import { footerOrder, type InfoPage } from '#lib/content/info-pages.ts';
import { sectionPath } from '#lib/addresses/site-paths.ts';

export interface NavigationLink {
  label: string;
  href: string;
}

export interface SiteNavigation {
  sections: NavigationLink[];
  /** About, the corrections policy, …: content/pages, in the footer's order. */
  pages: NavigationLink[];
  /**
   * The year of the first published article ("2018"), or none before it. Not the span to the
   * latest: every page shows it, so the first story of a new year would rewrite the archive.
   */
  since: string | undefined;
}

/** One link per registered section with at least one published article, in the order of content/sections.yaml. */
function sectionNavigation(
  articles: ReadonlyArray<{ data: { section: string } }>,
  sections: ReadonlyArray<{ name: string; slug: string }>,
): NavigationLink[] {
  const filed = new Set(articles.map((a) => a.data.section));
  return sections.filter((section) => filed.has(section.name)).map((section) => ({ label: section.name, href: sectionPath(section.slug) }));
}

/** The year, in the site's zone, of the earliest of `dates`; none when there are none. */
export function firstPublicationYear(dates: ReadonlyArray<PublicationDate>, timeZone: string): string | undefined {
  let first: string | undefined;
  for (const date of dates) {
    const year = calendarDay(date, timeZone).slice(0, 4);
    if (first === undefined || year < first) first = year;
  }
  return first;
}

/** What the header and footer are made from: the published articles, the sections registry and the standing pages. */
export interface NavigatedContent<Page extends InfoPage = InfoPage> {
  articles: ReadonlyArray<{ data: { section: string; date: PublicationDate } }>;
  sections: ReadonlyArray<{ name: string; slug: string }>;
  infoPages: ReadonlyArray<Page>;
}

export function siteNavigation(content: NavigatedContent, timeZone: string): SiteNavigation {
  return {
    sections: sectionNavigation(content.articles, content.sections),
    pages: footerOrder(content.infoPages).map((page) => ({ label: page.title, href: `/${page.slug}/` })),
    since: firstPublicationYear(
      content.articles.map((article) => article.data.date),
      timeZone,
    ),
  };
}

/** The front page's date: "Sunday, December 6, 2026", and the day as <time> gives it. */
export interface MastheadDate {
  iso: string;
  words: string;
}

/**
 * The day in the site's zone at `now`. A static front page is as new as its build, so the date is
 * the build's day (the page says "Updated"); only the day, so that the front page's cache key
 * (decision 019) changes once a day at most.
 */
export function mastheadDate(now: Date, timeZone: string): MastheadDate {
  const zoned = new TZDate(now, timeZone);
  return { iso: format(zoned, 'yyyy-MM-dd'), words: format(zoned, 'EEEE, MMMM d, yyyy') };
}

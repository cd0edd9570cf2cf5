/**
 * What the header and footer of every page show: the registered sections that
 * have articles (in the registry's order), the standing pages (in the footer's
 * order) and the years the copyright line covers.
 */
import { calendarDay, type PublicationDate } from '#lib/content/publication-date.ts';
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
  /** The years of the first and the latest published article ("2018", "2018–2026"), or none before the first. */
  years: string | undefined;
}

/** One link per registered section with at least one published article, in the order of content/sections.yaml. */
function sectionNavigation(
  articles: ReadonlyArray<{ data: { section: string } }>,
  sections: ReadonlyArray<{ name: string; slug: string }>,
): NavigationLink[] {
  const filed = new Set(articles.map((a) => a.data.section));
  return sections.filter((section) => filed.has(section.name)).map((section) => ({ label: section.name, href: sectionPath(section.slug) }));
}

/** The span of years the published articles cover, as a copyright line states it. */
export function publicationYears(dates: ReadonlyArray<PublicationDate>, timeZone: string): string | undefined {
  const years = dates.map((date) => calendarDay(date, timeZone).slice(0, 4)).sort();
  const [first, last] = [years[0], years.at(-1)];
  return first === last ? first : `${first}–${last}`;
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
    years: publicationYears(
      content.articles.map((article) => article.data.date),
      timeZone,
    ),
  };
}

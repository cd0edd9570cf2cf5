/** The site's section navigation: the registered sections that have articles, in the registry's order. */
import { sectionPath } from '#lib/addresses/site-paths.ts';

export interface NavigationLink {
  label: string;
  href: string;
}

/** One link per registered section with at least one published article, in the order of content/sections.yaml. */
export function sectionNavigation(
  articles: ReadonlyArray<{ data: { section: string } }>,
  sections: ReadonlyArray<{ name: string }>,
): NavigationLink[] {
  const filed = new Set(articles.map((a) => a.data.section));
  return sections.filter((section) => filed.has(section.name)).map((section) => ({ label: section.name, href: sectionPath(section.name) }));
}

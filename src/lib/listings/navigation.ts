/** The site's section navigation, derived from the sections articles are filed in. */
import { sectionPath } from '#lib/addresses/site-paths.ts';

export interface NavigationLink {
  label: string;
  href: string;
}

/** One link per section, in alphabetical order, each section once. */
export function sectionNavigation(articles: ReadonlyArray<{ data: { section: string } }>): NavigationLink[] {
  const names = [...new Set(articles.map((a) => a.data.section))].sort((a, b) => a.localeCompare(b, 'en'));
  return names.map((label) => ({ label, href: sectionPath(label) }));
}

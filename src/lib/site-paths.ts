/**
 * Every address on the site that an article's related link may point to:
 * article permalinks and old addresses, listings, search, and files in public/.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { bylinePath, tagPath } from './listings.ts';
import { sectionPath } from './navigation.ts';

export interface ArticleFacts {
  permalink: string;
  redirectFrom: string[];
  section: string;
  subsection?: string | undefined;
  byline: { name: string }[];
  tags: string[];
}

export function knownSitePaths(articles: ReadonlyArray<ArticleFacts>): Set<string> {
  const paths = new Set(['/', '/search/', '/rss.xml', '/news-sitemap.xml', '/sitemap-index.xml']);
  for (const a of articles) {
    paths.add(a.permalink);
    for (const old of a.redirectFrom) paths.add(old);
    paths.add(sectionPath(a.section));
    paths.add(`${sectionPath(a.section)}rss.xml`);
    if (a.subsection) paths.add(sectionPath(a.section, a.subsection));
    for (const credit of a.byline) paths.add(bylinePath(credit.name));
    for (const tag of a.tags) paths.add(tagPath(tag));
  }
  return paths;
}

/** Whether a site path is a page the build makes or a file in public/. Query and fragment are ignored. */
export function isKnownSitePath(path: string, known: Set<string>, publicDir: string): boolean {
  const bare = path.replace(/[?#].*$/, '');
  return known.has(bare) || (!bare.endsWith('/') && existsSync(join(publicDir, bare)));
}

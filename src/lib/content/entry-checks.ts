/**
 * Problems only visible across entries: related links to site pages that do
 * not exist (relatedLinkProblems), old addresses that would take over a page
 * the site serves, names that would share one page. Pure: public/'s files and folders are
 * given as a list, or asked through `isPublicFile`.
 */
import { closest, distance } from 'fastest-levenshtein';
import {
  isKnownSitePath,
  isReservedSitePath,
  isSitemapPartPath,
  knownSitePaths,
  servedSitePaths,
  siteFilePaths,
  type ArticlePaths,
} from '#lib/addresses/known-paths.ts';
import { addressKey, enclosingKeys } from '#lib/addresses/old-address.ts';
import { tagPath } from '#lib/addresses/site-paths.ts';
import { folded } from './registry-match.ts';
import type { Article } from './schema.ts';

export interface CheckedArticle extends ArticlePaths {
  /** The file, as shown in messages. */
  file: string;
  data: Article;
}

/**
 * Different tags that would share one page ("Trade!" and "Trade" both
 * /tags/trade/): merged silently, one name's articles would be listed under
 * the other's. Each such page is reported once, with every spelling and a file using it.
 * Sections, subsections and authors cannot share one: their addresses are their
 * registered slugs, which the registries keep apart.
 */
function sharedPageProblems(articles: ReadonlyArray<CheckedArticle>): string[] {
  const namesByPage = new Map<string, { field: string; names: Map<string, { name: string; file: string }> }>();
  const note = (page: string, field: string, name: string, file: string) => {
    const entry = namesByPage.get(page) ?? { field, names: new Map() };
    if (!entry.names.has(folded(name))) entry.names.set(folded(name), { name, file });
    namesByPage.set(page, entry);
  };
  for (const { file, data } of articles) for (const tag of data.tags) note(tagPath(tag), 'tags', tag, file);
  return [...namesByPage].flatMap(([page, { field, names }]) => {
    if (names.size < 2) return [];
    const [first, ...others] = [...names.values()];
    return [
      `${first!.file}\n  ${field}: "${first!.name}" and ${others.map((other) => `"${other.name}" (${other.file})`).join(', ')} are different names that would share one page, ${page}; ` +
        'use one spelling, or names that differ in letters or digits',
    ];
  });
}

/**
 * Tags written in more than one way ("Trade", "trade ", "TRADE") share one
 * page; the build says so, naming each spelling and a file that uses it, so
 * an editor can make them one.
 */
export function tagSpellingNotes(articles: ReadonlyArray<Pick<CheckedArticle, 'file' | 'data'>>): string[] {
  const spellings = new Map<string, Map<string, string>>();
  for (const { file, data } of articles) {
    for (const tag of data.tags) {
      const page = tagPath(tag);
      const seen = spellings.get(page) ?? new Map<string, string>();
      if (!seen.has(tag)) seen.set(tag, file);
      spellings.set(page, seen);
    }
  }
  return [...spellings]
    .filter(([, seen]) => seen.size > 1)
    .map(
      ([page, seen]) =>
        `tags written ${[...seen].map(([tag, file]) => `"${tag}" (${file})`).join(', ')} share one page, ${page}; use one spelling`,
    );
}

/**
 * Old addresses that would take an address the site serves itself: a page, a listing, search, a
 * standing page (`standingPages`: each one's address, /<slug>/, with its file), a file the build
 * writes, or a file or folder in public/ (`publicPaths`: "/favicon.svg", "/images/"). Compared in
 * every spelling a host or disk may take for the same (addressKey: case, escapes, "index.html",
 * the trailing slash); an old address under a file ("/favicon.svg/old/") is refused too: a file
 * cannot also be the folder its redirect page would be written in.
 */
export function crossEntryProblems(
  articles: ReadonlyArray<CheckedArticle>,
  publicPaths: ReadonlyArray<string>,
  standingPages: ReadonlyMap<string, string> = new Map(),
): string[] {
  const LIST_ONLY_OLD = 'hosts would send its readers to this article instead. List only addresses this article had before';
  // An old address equal to a permalink is reported by findAddressConflicts, naming the article.
  const permalinks = new Set(articles.map((article) => addressKey(article.permalink)));
  const files = new Map<string, string>();
  for (const path of [...siteFilePaths(articles), ...publicPaths.filter((path) => !path.endsWith('/'))]) files.set(addressKey(path), path);
  const served = new Map<string, string>(files);
  for (const path of [...servedSitePaths(articles), ...publicPaths]) served.set(addressKey(path), path);
  const standing = new Map([...standingPages].map(([path, file]) => [addressKey(path), { path, file }]));
  const spelling = (old: string, path: string) =>
    old === path ? '' : `, written another way: ${path} (hosts and disks may take one spelling for the other)`;
  const problemOf = (file: string, old: string): string | undefined => {
    const key = addressKey(old);
    const page = standing.get(key);
    if (page)
      return `${file}\n  redirectFrom: "${old}" is the address of the standing page ${page.file}${spelling(old, page.path)}; ${LIST_ONLY_OLD}`;
    if (permalinks.has(key)) return undefined;
    const own =
      served.get(key) ??
      (isReservedSitePath(old) ? old : isReservedSitePath(`${key}/`) ? `${key}/` : isSitemapPartPath(key) ? key : undefined);
    if (own !== undefined)
      return (
        `${file}\n  redirectFrom: "${old}" is an address the site serves itself${spelling(old, own) || ' (a page, a listing, search or a file in public/)'}; ` +
        LIST_ONLY_OLD
      );
    const underFile = enclosingKeys(old).find((folder) => files.has(folder) || isSitemapPartPath(folder));
    if (underFile !== undefined)
      return `${file}\n  redirectFrom: "${old}" lies under ${files.get(underFile) ?? underFile}, a file the site serves, which cannot also be a folder; ${LIST_ONLY_OLD}`;
    return undefined;
  };
  return [
    ...sharedPageProblems(articles),
    ...articles.flatMap(({ file, data }) => data.redirectFrom.flatMap((old) => problemOf(file, old) ?? [])),
  ];
}

/** A problem with one field of one file, which the loader places at its line and column. */
export interface FieldProblem {
  file: string;
  /** The field's path, as zod gives it: ["relatedLinks", 0, "url"]. */
  path: (string | number)[];
  message: string;
}

/**
 * Related links to site paths no page has, each with the nearest address that has one (a slip
 * in a day, a slug, a section), when one is near enough to be what was meant. A standing page
 * (`standingPages`) is a page a link may point to.
 */
export function relatedLinkProblems(
  articles: ReadonlyArray<CheckedArticle>,
  isPublicFile: (sitePath: string) => boolean,
  standingPages: ReadonlyMap<string, string> = new Map(),
): FieldProblem[] {
  const known = knownSitePaths(articles);
  for (const page of standingPages.keys()) known.add(page);
  let pages: string[] | undefined;
  return articles.flatMap(({ file, data }) =>
    data.relatedLinks.flatMap((link, i): FieldProblem[] => {
      if (!link.url?.startsWith('/') || isKnownSitePath(link.url, known, isPublicFile)) return [];
      pages ??= [...known];
      const nearest = closest(link.url, pages);
      const near = distance(link.url, nearest) <= Math.max(3, Math.ceil(link.url.length / 4));
      return [
        {
          file,
          path: ['relatedLinks', i, 'url'],
          message:
            `"${link.url}" is not a page on this site${near ? ` (did you mean "${nearest}"?)` : ''}; ` +
            'check the address, or leave url out to show the headline unlinked',
        },
      ];
    }),
  );
}

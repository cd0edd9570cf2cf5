/**
 * Problems only visible across entries: related links to site pages that do
 * not exist, photos that are not in public/, old addresses that would take
 * over a page the site serves. Pure: whether a path is a file or folder in
 * public/ is asked through `isPublicFile`.
 */
import { isKnownSitePath, isReservedSitePath, knownSitePaths, servedSitePaths, type ArticlePaths } from '#lib/addresses/known-paths.ts';
import type { Article } from './schema.ts';

export interface CheckedArticle extends ArticlePaths {
  /** The file, as shown in messages. */
  file: string;
  data: Article;
}

export function crossEntryProblems(articles: ReadonlyArray<CheckedArticle>, isPublicFile: (sitePath: string) => boolean): string[] {
  const served = servedSitePaths(articles);
  const known = knownSitePaths(articles, served);
  // An old address equal to a permalink is reported by findAddressConflicts, naming the article.
  const permalinks = new Set(articles.map((article) => article.permalink));
  return articles.flatMap(({ file, data }) => [
    ...data.redirectFrom.flatMap((old) =>
      !permalinks.has(old) && (served.has(old) || isReservedSitePath(old) || isPublicFile(old))
        ? [
            `${file}\n  redirectFrom: "${old}" is an address the site serves itself (a page, a listing, search or a file in public/); ` +
              'hosts would send its readers to this article instead. List only addresses this article had before',
          ]
        : [],
    ),
    ...data.relatedLinks.flatMap((link, i) =>
      link.url?.startsWith('/') && !isKnownSitePath(link.url, known, isPublicFile)
        ? [`${file}\n  relatedLinks.${i}.url: "${link.url}" is not a page on this site; check the address, or leave url out to show the headline unlinked`]
        : [],
    ),
    ...(data.photo?.src && !isPublicFile(data.photo.src)
      ? [`${file}\n  photo.src: "${data.photo.src}" is not a file in public/; add the image there or correct the path`]
      : []),
  ]);
}

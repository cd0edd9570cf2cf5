/**
 * Problems only visible across entries: related links to site pages that do
 * not exist, photos that are not in public/. Pure: whether a file is in
 * public/ is asked through `isPublicFile`.
 */
import { isKnownSitePath, knownSitePaths, type ArticlePaths } from '#lib/addresses/known-paths.ts';
import type { Article } from './schema.ts';

export interface CheckedArticle extends ArticlePaths {
  /** The file, as shown in messages. */
  file: string;
  data: Article;
}

export function crossEntryProblems(articles: ReadonlyArray<CheckedArticle>, isPublicFile: (sitePath: string) => boolean): string[] {
  const known = knownSitePaths(articles);
  return articles.flatMap(({ file, data }) => [
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

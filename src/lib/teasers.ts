/** Turns article entries into the props ArticleList renders. */
import { articlePath, type ListedArticle } from './articles.ts';
import type { Credit } from './article-schema.ts';
import { readArticleBody } from './article-file.ts';
import { summarize } from './summary.ts';

export interface TeaserSource extends ListedArticle {
  filePath?: string | undefined;
  data: ListedArticle['data'] & { dek?: string | undefined; byline: Credit[] };
}

export function toTeaser(article: TeaserSource, timeZone: string) {
  return {
    href: articlePath(article, timeZone),
    headline: article.data.headline,
    summary: article.data.dek ?? (article.filePath ? summarize(readArticleBody(article.filePath)) : ''),
    section: article.data.section,
    bylineNames: article.data.byline.map((credit) => credit.name),
    date: article.data.date,
  };
}

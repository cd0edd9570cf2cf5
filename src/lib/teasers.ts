/** Turns article entries into the props ArticleList renders. */
import { articlePath, type ListedArticle } from './articles.ts';
import type { Credit } from './article-schema.ts';
import { articleDescription } from './article-description.ts';

export interface TeaserSource extends ListedArticle {
  filePath?: string | undefined;
  data: ListedArticle['data'] & { dek?: string | undefined; byline: Credit[] };
}

export function toTeaser(article: TeaserSource, timeZone: string) {
  return {
    href: articlePath(article, timeZone),
    headline: article.data.headline,
    summary: articleDescription(article),
    section: article.data.section,
    bylineNames: article.data.byline.map((credit) => credit.name),
    date: article.data.date,
  };
}

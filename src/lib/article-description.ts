/** The one-line description of an article used by meta tags, teasers and feeds. */
import { readArticleBody } from './article-file.ts';
import { summarize } from './summary.ts';

export function articleDescription(article: { filePath?: string | undefined; data: { dek?: string | undefined } }): string {
  if (article.data.dek) return article.data.dek;
  return article.filePath ? summarize(readArticleBody(article.filePath)) : '';
}

/** The one-line description of an article used by meta tags, teasers and feeds. */
import { readArticleBody } from './article-file.ts';
import { summarize } from './summary.ts';

/** Listings, feeds and pages ask for the same article's description many times in one build. */
const descriptions = new Map<string, string>();

/** `body`, when the caller has already read it, saves reading the file again. */
export function articleDescription(
  article: { filePath?: string | undefined; data: { dek?: string | undefined } },
  body?: string,
): string {
  if (article.data.dek) return article.data.dek;
  if (!article.filePath) return '';
  let description = descriptions.get(article.filePath);
  if (description === undefined) {
    description = summarize(body ?? readArticleBody(article.filePath));
    descriptions.set(article.filePath, description);
  }
  return description;
}

/**
 * The one-line description of an article used by meta tags, teasers and
 * feeds: its dek, else the start of its body, read from its file and kept for
 * the rest of the build.
 */
import { summarize } from '#lib/markdown/summary.ts';
import { readArticleBody } from './article-source.ts';

/** Listings, feeds and pages ask for the same article's description many times in one build. */
const descriptions = new Map<string, string>();

/**
 * V8 may keep a substring as a view into the string it was cut from: a kept
 * description would then hold its whole article file in memory (58 MB at
 * 10,000 articles, measured in a heap snapshot). A round trip through UTF-8
 * makes a string of its own.
 */
function ownCopy(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}

/** `body`, when the caller has already read it, saves reading the file again. */
export function articleDescription(article: { filePath?: string | undefined; data: { dek?: string | undefined } }, body?: string): string {
  if (article.data.dek) return article.data.dek;
  if (!article.filePath) return '';
  let description = descriptions.get(article.filePath);
  if (description === undefined) {
    description = ownCopy(summarize(body ?? readArticleBody(article.filePath)));
    descriptions.set(article.filePath, description);
  }
  return description;
}

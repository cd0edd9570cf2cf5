/**
 * The one-line description of an article used by meta tags, teasers and feeds: its dek, else
 * the start of its body (its summary, which the loader writes when it checks the body).
 */
export function articleDescription(article: { data: { dek?: string | undefined; summary: string } }): string {
  return article.data.dek ?? article.data.summary;
}

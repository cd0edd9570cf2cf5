/** Reads an article's Markdown body from its file when its page is built (the content store keeps only frontmatter). */
import { readFileSync } from 'node:fs';
import { articleBody } from '#lib/content/frontmatter.ts';

export function readArticleBody(filePath: string): string {
  return articleBody(readFileSync(filePath, 'utf8'));
}

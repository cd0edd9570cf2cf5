/** Reads an article's Markdown body from its file when its page is built (the content store keeps only frontmatter). */
import { readFileSync } from 'node:fs';
import { articleBody } from '#lib/content/frontmatter.ts';

/**
 * The body, or undefined when the file is gone: in `npm run dev`, a page asked for in the moment
 * between an article's deletion and the loader's reload (see live-preview.ts) is not found, not an error.
 */
export function readArticleBody(filePath: string): string | undefined {
  try {
    return articleBody(readFileSync(filePath, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

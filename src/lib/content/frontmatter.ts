/**
 * An article file's text, split: YAML frontmatter between `---` lines, then the
 * Markdown body. Pure: the text comes in, nothing is read here.
 *
 * The YAML is read with the core schema, which leaves `2018-05-09` as the text
 * the author typed. YAML's default schema would turn it into a JavaScript
 * Date, silently roll an impossible `2018-13-40` over into 2019, and make a
 * date-only value indistinguishable from midnight UTC.
 */
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';

export interface ArticleSource {
  frontmatter: Record<string, unknown>;
  body: string;
}

const FRONTMATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** The frontmatter's YAML text and the body after it, or undefined when the file has no frontmatter. */
function splitFrontmatter(text: string): { yaml: string; body: string } | undefined {
  const match = FRONTMATTER.exec(text);
  return match ? { yaml: match[1]!, body: text.slice(match[0].length) } : undefined;
}

/** Splits and parses an article file's text. Throws with a plain message when it has no frontmatter or bad YAML. */
export function parseArticleSource(text: string): ArticleSource {
  const parts = splitFrontmatter(text);
  if (!parts) throw new Error('the file must start with frontmatter between two "---" lines');
  let frontmatter: unknown;
  try {
    frontmatter = loadYaml(parts.yaml, { schema: CORE_SCHEMA });
  } catch (error) {
    throw new Error(`the frontmatter is not valid YAML: ${(error as Error).message}`, { cause: error });
  }
  if (frontmatter === null || typeof frontmatter !== 'object' || Array.isArray(frontmatter)) {
    throw new Error('the frontmatter must be a set of "field: value" lines');
  }
  return { frontmatter: frontmatter as Record<string, unknown>, body: parts.body };
}

/** The Markdown body of an article file's text; the frontmatter, already validated by the loader, is skipped unparsed. */
export function articleBody(text: string): string {
  return splitFrontmatter(text)?.body ?? text;
}

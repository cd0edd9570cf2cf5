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
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';

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

/** A problem with the frontmatter as a whole, with where in the file it is when that is known. */
export class FrontmatterError extends Error {
  readonly line: number | undefined;
  readonly column: number | undefined;

  constructor(message: string, where?: { line: number; column: number }) {
    super(message);
    this.name = 'FrontmatterError';
    this.line = where?.line;
    this.column = where?.column;
  }
}

/** The frontmatter's YAML starts on the file's second line, after the opening "---". */
const FRONTMATTER_FIRST_LINE = 2;

/** Splits and parses an article file's text. Throws a FrontmatterError when it has no frontmatter or bad YAML. */
export function parseArticleSource(text: string): ArticleSource {
  const parts = splitFrontmatter(text);
  if (!parts) throw new FrontmatterError('the file must start with frontmatter between two "---" lines');
  let frontmatter: unknown;
  try {
    frontmatter = loadYaml(parts.yaml, { schema: CORE_SCHEMA });
  } catch (error) {
    const { reason, mark } = error as { reason?: string; mark?: { line: number; column: number } };
    throw new FrontmatterError(
      `the frontmatter is not valid YAML (${reason ?? (error as Error).message}). The usual cause: a value containing ": ", or starting with a quote, "[" or "{", must be in quotes, e.g. headline: "Q&A: the budget"`,
      mark ? { line: mark.line + FRONTMATTER_FIRST_LINE, column: mark.column + 1 } : undefined,
    );
  }
  if (frontmatter === null || typeof frontmatter !== 'object' || Array.isArray(frontmatter)) {
    throw new FrontmatterError('the frontmatter must be a set of "field: value" lines');
  }
  return { frontmatter: frontmatter as Record<string, unknown>, body: parts.body };
}

/** The Markdown body of an article file's text; the frontmatter, already validated by the loader, is skipped unparsed. */
export function articleBody(text: string): string {
  return splitFrontmatter(text)?.body ?? text;
}

/**
 * Where a field (a path of keys and list indexes) is in the file, 1-based:
 * the value's own position, or its nearest enclosing field's when the value
 * is missing. Read with `yaml`'s parser, which keeps source positions
 * (js-yaml, which reads the values, does not).
 */
export function fieldPosition(text: string, path: ReadonlyArray<PropertyKey>): { line: number; column: number } {
  const yamlText = splitFrontmatter(text)?.yaml;
  if (yamlText === undefined) return { line: 1, column: 1 };
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter, keepSourceTokens: true });
  for (let depth = path.length; depth >= 0; depth--) {
    const node = document.getIn(path.slice(0, depth) as unknown[], true) as { range?: [number, number, number] } | undefined;
    const pair = depth > 0 ? findPair(document, path.slice(0, depth)) : undefined;
    const offset = pair ?? node?.range?.[0];
    if (offset !== undefined) {
      const { line, col } = lineCounter.linePos(offset);
      return { line: line + FRONTMATTER_FIRST_LINE - 1, column: col };
    }
  }
  return { line: FRONTMATTER_FIRST_LINE, column: 1 };
}

/** The offset of the key of the field at `path` (so a message points at "headline:", not past it). */
function findPair(document: Document, path: ReadonlyArray<PropertyKey>): number | undefined {
  const parent = path.length > 1 ? document.getIn(path.slice(0, -1) as unknown[], true) : document.contents;
  const last = path[path.length - 1];
  if (!isMap(parent) || typeof last !== 'string') return undefined;
  const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === last);
  return isScalar(pair?.key) ? pair.key.range?.[0] : undefined;
}

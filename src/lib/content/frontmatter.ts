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

/** An opening "---" line with no closing one: the author's likeliest slip with frontmatter. */
const OPENING_ONLY = /^\uFEFF?---[ \t]*\r?\n/;

/**
 * What to tell an author about a YAML error on `line` (the frontmatter line the parser stopped
 * on): the cause their line shows (a tab, a quoted value ended early by a quote inside it), else
 * the parser's reason with the usual cause.
 */
function yamlProblem(reason: string, line: string | undefined): string {
  if (line?.includes('\t') || /\btab\b/.test(reason)) {
    return 'this line has a tab; YAML lines are indented with spaces only: replace the tab with spaces';
  }
  const quoted = line === undefined ? null : /^\s*(?:-\s+)?([\w-]+):\s*(['"])(.*)$/.exec(line);
  if (quoted) {
    const [, field, quote, rest] = quoted as unknown as [string, string, string, string];
    const end = rest.indexOf(quote);
    const after = end >= 0 ? rest.slice(end + 1).trim() : '';
    if (after !== '') {
      const value = rest.replace(new RegExp(`${quote}\\s*$`), '');
      const wrote = `${quote}${rest.slice(0, end + 1)}`;
      return quote === "'"
        ? `the value of ${field} starts with ' and so ends at the next ' (after ${wrote}), leaving "${after}" over. ` +
            `Inside single quotes write an apostrophe twice (${field}: '${value.replaceAll("'", "''")}'), or use double quotes (${field}: "${value}")`
        : `the value of ${field} starts with " and so ends at the next " (after ${wrote}), leaving ${after} over. ` +
            `Inside double quotes write a quote mark as \\" (${field}: "${value.replaceAll('"', '\\"')}"), or use single quotes (${field}: '${value}')`;
    }
  }
  return `the frontmatter is not valid YAML (${reason}). The usual cause: a value containing ": ", or starting with a quote, "[" or "{", must be in quotes, e.g. headline: "Q&A: the budget"`;
}

/**
 * Whether a parsed YAML value reaches one list or map twice: an alias ("*name") of an anchored
 * collection. Nothing a newsroom writes needs one, and aliases of aliases ("billion laughs") make
 * ten lines stand for a billion values, which every later check would walk for minutes. Linear:
 * each collection is visited once, and the first one reached again answers.
 */
export function hasAliasedCollection(value: unknown, seen = new Set<object>()): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (seen.has(value)) return true;
  seen.add(value);
  return Object.values(value).some((inner) => hasAliasedCollection(inner, seen));
}

/** What an author is told when hasAliasedCollection finds one. */
export const ALIASED_COLLECTION = 'a YAML alias ("*name") repeats a list or map; write each value out where it is used';

/** Splits and parses an article file's text. Throws a FrontmatterError when it has no frontmatter or bad YAML. */
export function parseArticleSource(text: string): ArticleSource {
  const parts = splitFrontmatter(text);
  if (!parts) {
    throw new FrontmatterError(
      OPENING_ONLY.test(text)
        ? 'the frontmatter has no closing "---" line; add a line of three hyphens after its last field, before the body'
        : 'the file must start with frontmatter between two "---" lines',
    );
  }
  let frontmatter: unknown;
  try {
    frontmatter = loadYaml(parts.yaml, { schema: CORE_SCHEMA });
  } catch (error) {
    const { reason, mark } = error as { reason?: string; mark?: { line: number; column: number } };
    const line = mark ? parts.yaml.split(/\r?\n/)[mark.line] : undefined;
    throw new FrontmatterError(
      yamlProblem(reason ?? (error as Error).message, line),
      mark ? { line: mark.line + FRONTMATTER_FIRST_LINE, column: mark.column + 1 } : undefined,
    );
  }
  if (frontmatter === null || typeof frontmatter !== 'object' || Array.isArray(frontmatter)) {
    throw new FrontmatterError('the frontmatter must be a set of "field: value" lines');
  }
  if (hasAliasedCollection(frontmatter)) throw new FrontmatterError(ALIASED_COLLECTION);
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

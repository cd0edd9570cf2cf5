/**
 * How big an article may be. Each limit is several times what a newsroom
 * publishes, and far below what breaks the build: a 40 MB file ran the build
 * out of memory, and about 2,000 nested blockquotes or 1,000 nested lists
 * overflowed the stack, naming no file. The size and nesting checks run on the
 * raw text, before anything parses it. They hold for every Markdown file the
 * site renders: articles, author bios and standing pages. See docs/authoring.md, "Limits".
 */
export const LIMITS = {
  /** The longest long reads run to about 30,000 words, some 200 KB of Markdown. */
  fileBytes: 512 * 1024,
  /** Quotes within quotes and lists within lists: real copy goes three or four deep. */
  nestingDepth: 16,
  /** Front-page headlines run 60–120 characters; print headlines rarely past 200. */
  headline: 300,
  dek: 600,
  /** Captions, correction notes and other prose fields. */
  prose: 2_000,
  /** Names of people, sections and tags, datelines, roles, credits, titles of related links. */
  name: 200,
  /** Addresses (browsers and servers start refusing around 2,000 characters and up). */
  address: 2_000,
  /** List fields: bylines, tags, related links, corrections, old addresses. */
  listItems: 50,
} as const;

/** Container syntax at the start of a Markdown line: blockquote markers, list markers and the indentation between them. */
const CONTAINER_PREFIX = /^(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))+/;
/** Elements with no closing tag, which open no level of nesting. */
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/g;

/**
 * The deepest nesting in a Markdown body and the line where it is reached:
 * Markdown containers (quotes, lists, counted from each line's prefix, where
 * an indentation of two spaces or a tab is one list level) and raw HTML
 * elements (opened minus closed). A cheap upper estimate, read in one pass.
 */
export function deepestNesting(markdown: string): { depth: number; line: number } {
  let deepest = { depth: 0, line: 1 };
  let htmlDepth = 0;
  const lines = markdown.split('\n');
  for (const [index, line] of lines.entries()) {
    const prefix = CONTAINER_PREFIX.exec(line)?.[0] ?? '';
    const markers = (prefix.match(/>|[-*+]|\d+[.)]/g) ?? []).length;
    const indentLevels = Math.floor(prefix.replace(/\t/g, '  ').replace(/[^ ]/g, '').length / 2);
    let lineDepth = markers + indentLevels;
    for (const [, closing, name, selfClosing] of line.matchAll(TAG)) {
      if (VOID_ELEMENTS.has(name!.toLowerCase()) || selfClosing) continue;
      htmlDepth = Math.max(0, htmlDepth + (closing ? -1 : 1));
      lineDepth = Math.max(lineDepth, htmlDepth);
    }
    if (lineDepth > deepest.depth) deepest = { depth: lineDepth, line: index + 1 };
  }
  return deepest;
}

const kilobytes = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('en')} KB`;

/**
 * The problem with a file of `bytes` bytes, at `shownPath`, over the size limit; undefined within
 * it. `scale` says what a file of its kind weighs, and what to do: a Markdown file by default.
 */
export function fileSizeProblem(
  shownPath: string,
  bytes: number,
  scale = '(the longest long reads are about 200 KB); split it into parts',
): string | undefined {
  if (bytes <= LIMITS.fileBytes) return undefined;
  return `${shownPath}\n  size: the file is ${kilobytes(bytes)}, over the limit of ${kilobytes(LIMITS.fileBytes)} ${scale}`;
}

/**
 * The problem with a body nested past the limit, at its line in the file (`text`, of which
 * `body` is the end); undefined within the limit. Rendering a deeper one overflows the stack
 * or runs for minutes.
 */
export function nestingProblem(shownPath: string, text: string, body: string): string | undefined {
  const nesting = deepestNesting(body);
  if (nesting.depth <= LIMITS.nestingDepth) return undefined;
  const bodyStartLine = text.slice(0, text.length - body.length).split('\n').length;
  return `${shownPath}:${bodyStartLine + nesting.line - 1}\n  body: quotes, lists or HTML elements nested ${nesting.depth} deep, over the limit of ${LIMITS.nestingDepth}; flatten them`;
}

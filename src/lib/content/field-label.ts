/**
 * A field's path as an editor reads it: list items counted from 1 and named
 * by their title or name, so "relatedLinks.1.url" reads
 * `relatedLinks #2 ("Mexican president rebukes…") › url`.
 */
/**
 * A quotation of `text` short enough for a build message, its control characters shown as "�":
 * written raw to a terminal, an escape ("\e[2J") would act on it instead of being read.
 */
export function excerpt(text: string, max = 60): string {
  // eslint-disable-next-line no-control-regex -- replacing control characters is this pattern's purpose.
  const printable = text.replace(/[\u0000-\u001F\u007F-\u009F]/g, '\uFFFD');
  return printable.length <= max ? printable : `${printable.slice(0, max - 1).trimEnd()}…`;
}

export function fieldLabel(path: ReadonlyArray<PropertyKey>, frontmatter: unknown): string {
  const parts: string[] = [];
  let value: unknown = frontmatter;
  for (const key of path) {
    value = (value as Record<PropertyKey, unknown> | undefined)?.[key];
    if (typeof key === 'number') {
      const item = value as { title?: unknown; name?: unknown } | undefined;
      const named = typeof item?.title === 'string' ? item.title : typeof item?.name === 'string' ? item.name : undefined;
      parts[parts.length - 1] += ` #${key + 1}${named ? ` ("${excerpt(named, 40)}")` : ''}`;
    } else parts.push(String(key));
  }
  return parts.join(' › ');
}

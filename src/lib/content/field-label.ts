/**
 * A field's path as an editor reads it: list items counted from 1 and named
 * by their title or name, so "relatedLinks.1.url" reads
 * `relatedLinks #2 ("Mexican president rebukes…") › url`.
 */
const shortened = (text: string) => (text.length <= 40 ? text : `${text.slice(0, 39).trimEnd()}…`);

export function fieldLabel(path: ReadonlyArray<PropertyKey>, frontmatter: unknown): string {
  const parts: string[] = [];
  let value: unknown = frontmatter;
  for (const key of path) {
    value = (value as Record<PropertyKey, unknown> | undefined)?.[key];
    if (typeof key === 'number') {
      const item = value as { title?: unknown; name?: unknown } | undefined;
      const named = typeof item?.title === 'string' ? item.title : typeof item?.name === 'string' ? item.name : undefined;
      parts[parts.length - 1] += ` #${key + 1}${named ? ` ("${shortened(named)}")` : ''}`;
    } else parts.push(String(key));
  }
  return parts.join(' › ');
}

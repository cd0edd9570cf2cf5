/**
 * Newsroom copy opens with its dateline ("MEXICO CITY — When ..."). When the
 * first paragraph starts with the entry's `dateline`, that opening is wrapped
 * in <span class="dateline"> so it can be set in small capitals; the words are
 * untouched. The page shows the dateline separately only when the body does
 * not already open with it (see `bodyOpensWithDateline`).
 */
import type { Element, Root, Text } from 'hast';

const DASHES = '—–-';

export function bodyOpensWithDateline(body: string, dateline: string): boolean {
  const opening = body.trimStart();
  if (!opening.startsWith(dateline)) return false;
  const rest = opening.slice(dateline.length).trimStart();
  return rest.length > 0 && DASHES.includes(rest[0]!);
}

export default function rehypeDateline() {
  return (tree: Root, file: { data: { astro?: { frontmatter?: Record<string, unknown> } } }) => {
    const dateline = file.data.astro?.frontmatter?.['dateline'];
    if (typeof dateline !== 'string' || dateline === '') return;
    const firstParagraph = tree.children.find((node): node is Element => node.type === 'element' && node.tagName === 'p');
    const firstText = firstParagraph?.children[0];
    if (!firstParagraph || firstText?.type !== 'text' || !bodyOpensWithDateline(firstText.value, dateline)) return;
    const start = firstText.value.indexOf(dateline);
    const wrapped: Element = {
      type: 'element',
      tagName: 'span',
      properties: { className: ['dateline'] },
      children: [{ type: 'text', value: firstText.value.slice(start, start + dateline.length) } satisfies Text],
    };
    const rest: Text = { type: 'text', value: firstText.value.slice(start + dateline.length) };
    firstParagraph.children.splice(0, 1, wrapped, rest);
  };
}

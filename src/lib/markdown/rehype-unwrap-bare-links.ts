/**
 * A link whose address the sanitiser refused (`javascript:`, `data:`) is left
 * as an `<a>` with no `href`: an empty, focusable-looking element that screen
 * readers may still announce. Its words stay; the element goes.
 */
import type { ElementContent, Root, RootContent } from 'hast';

function unwrap<Child extends RootContent>(children: Child[]): (Child | ElementContent)[] {
  return children.flatMap((child): (Child | ElementContent)[] => {
    if (child.type !== 'element') return [child];
    child.children = unwrap(child.children);
    return child.tagName === 'a' && child.properties['href'] === undefined && child.properties['id'] === undefined
      ? child.children
      : [child];
  });
}

export default function rehypeUnwrapBareLinks() {
  return (tree: Root) => {
    tree.children = unwrap(tree.children);
  };
}

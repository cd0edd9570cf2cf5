/**
 * The headline is the page's only level-1 heading: a `#` heading in the body
 * would give the page a second one (and screen-reader users a second "title").
 * It is published as level 2, with a warning.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { reportChange } from './markup-report.ts';

export default function rehypeHeadingLevels() {
  return (tree: Root, file: Parameters<typeof reportChange>[0]) => {
    visit(tree, 'element', (element: Element) => {
      if (element.tagName !== 'h1') return;
      element.tagName = 'h2';
      reportChange(
        file,
        element,
        'warning',
        'a level-1 heading in the body is published as level 2 (the headline is the only level 1); write "##"',
      );
    });
  };
}

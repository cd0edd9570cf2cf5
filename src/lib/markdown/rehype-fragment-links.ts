/**
 * Every id in the body carries the sanitiser's prefix, so that a body heading
 * called "Main content" cannot take the page's own `#main-content` (the skip
 * link's target). Links within the body (`[see below](#the-talks)`, footnote
 * references) are written without it, and are pointed at the prefixed id here.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

function decoded(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment; // a stray "%" is part of the id as typed
  }
}

export default function rehypeFragmentLinks(options: { prefix: string }) {
  return (tree: Root) => {
    const ids = new Set<string>();
    visit(tree, 'element', (element: Element) => {
      if (typeof element.properties['id'] === 'string') ids.add(element.properties['id']);
    });
    visit(tree, 'element', (element: Element) => {
      const href = element.properties['href'];
      if (element.tagName !== 'a' || typeof href !== 'string' || !href.startsWith('#')) return;
      const target = `${options.prefix}${decoded(href.slice(1))}`;
      if (ids.has(target)) element.properties['href'] = `#${target}`;
    });
  };
}

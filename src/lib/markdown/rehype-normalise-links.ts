/**
 * Links in the body as browsers read them. `/\host/` looks like a path on this
 * site but browsers go to another site, so it is written out as the absolute
 * address it is (and then gets rel="noopener noreferrer" like every external
 * link); absolute addresses are written in their normal form, so a stray `"`
 * or space is escaped rather than making the page's HTML invalid.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { disguisedExternalAddress, isWebAddress, normalisedAddress } from '#lib/addresses/safe-url.ts';

export default function rehypeNormaliseLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (element: Element) => {
      const href = element.properties['href'];
      if (element.tagName !== 'a' || typeof href !== 'string') return;
      const external = disguisedExternalAddress(href);
      if (external) element.properties['href'] = external;
      else if (isWebAddress(href)) element.properties['href'] = normalisedAddress(href);
    });
  };
}

/**
 * Links in the body as browsers read them. `/\host/` looks like a path on this
 * site but browsers go to another site, so it is written out as the absolute
 * address it is (and then gets rel="noopener noreferrer" like every external
 * link); absolute addresses are written in their normal form, so a stray `"`
 * or space is escaped rather than making the page's HTML invalid. A link with
 * a user name or password in it stops the build: the page would publish them.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { disguisedExternalAddress, hasCredentials, isWebAddress, normalisedAddress } from '#lib/addresses/safe-url.ts';
import { reportChange } from './markup-report.ts';

type PipelineFile = Parameters<typeof reportChange>[0];

export default function rehypeNormaliseLinks() {
  return (tree: Root, file: PipelineFile) => {
    visit(tree, 'element', (element: Element) => {
      const href = element.properties['href'];
      if (element.tagName !== 'a' || typeof href !== 'string') return;
      const external = disguisedExternalAddress(href);
      const absolute = external ?? (isWebAddress(href) ? href : undefined);
      if (absolute && hasCredentials(absolute)) {
        // Only the host is named: the message goes to build logs, which the password must not reach either.
        reportChange(
          file,
          element,
          'error',
          `the link to ${new URL(absolute).host} has a user name or password in it ("user:password@" before the host), which the page would publish for anyone to read; remove them from the address`,
        );
      }
      if (external) element.properties['href'] = external;
      else if (isWebAddress(href)) element.properties['href'] = normalisedAddress(href);
    });
  };
}

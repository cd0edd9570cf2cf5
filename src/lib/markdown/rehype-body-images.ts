/**
 * Images in the body (`![A river at dawn](./river.jpg)`) go through the same
 * image pipeline as the lead photo: each must be a file beside the article,
 * with alt text, unless the author marks it decorative with the title
 * "decorative" (`![](./rule.png "decorative")`). What is kept is marked for the
 * page to replace with a responsive <picture> (see ArticleBody.astro); the
 * files are listed for the loader, which checks they exist.
 *
 * Any other title is the image's caption, its credit in brackets at the end:
 * `![A river](./river.jpg "The river at dawn. (Ana Ruiz/Reuters)")` becomes a
 * <figure> with the caption and the credit in its <figcaption>. A captioned
 * image stands in a paragraph of its own, which the figure replaces (a figure
 * may not sit inside a paragraph).
 *
 * A remote image stops the build: it would load from another site, which the
 * site's security policy forbids and which no reader agreed to.
 */
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { imageReference } from '#lib/addresses/safe-url.ts';
import { reportChange } from './markup-report.ts';

type PipelineFile = Parameters<typeof reportChange>[0];

export const BODY_IMAGES = 'bodyImages';

/** Why `src` cannot be a body image, or undefined when it can. */
function imageProblem(src: string): string | undefined {
  if (imageReference.isRemote(src)) {
    return `the image "${src}" is on another site: download it into the article's folder and write ./name.jpg (the site loads images from itself only)`;
  }
  if (imageReference.isSitePath(src) || imageReference.leavesFolder(src))
    return `the image "${src}" must be a file beside the article, e.g. ./photo.jpg`;
  if (!imageReference.isImageFile(src)) return `"${src}" is not an image file (JPEG, PNG, WebP, AVIF, GIF or TIFF)`;
  return undefined;
}

/** A title's caption and its credit, the bracketed words that end it ("The river (Ana Ruiz)"), if any. */
export function captionAndCredit(title: string): { caption: string; credit?: string } {
  const match = /^(.*?)\s*\(([^()]+)\)$/s.exec(title.trim());
  return match && match[1] ? { caption: match[1], credit: match[2]!.trim() } : { caption: title.trim() };
}

const isBlank = (node: ElementContent) => node.type === 'text' && node.value.trim() === '';

/** The figure a captioned image becomes: the image, then its caption and credit (set apart in <small>). */
function figure(image: Element, title: string): Element {
  const { caption, credit } = captionAndCredit(title);
  const captionChildren: ElementContent[] = [{ type: 'text', value: caption }];
  if (credit)
    captionChildren.push(
      { type: 'text', value: ' ' },
      { type: 'element', tagName: 'small', properties: {}, children: [{ type: 'text', value: credit }] },
    );
  return {
    type: 'element',
    tagName: 'figure',
    properties: {},
    children: [image, { type: 'element', tagName: 'figcaption', properties: {}, children: captionChildren }],
  };
}

export default function rehypeBodyImages() {
  return (tree: Root, file: PipelineFile) => {
    const listed = file.data.astro?.frontmatter?.[BODY_IMAGES];
    visit(tree, 'element', (element: Element, index, parent) => {
      if (element.tagName !== 'img' || !parent || index === undefined) return;
      const src = String(element.properties['src'] ?? '');
      const alt = String(element.properties['alt'] ?? '').trim();
      const title = element.properties['title'];
      const decorative = title === 'decorative';
      const caption = typeof title === 'string' && !decorative && title.trim() !== '' ? title : undefined;
      // Alone in a paragraph (which its figure replaces), or a block of its own (raw HTML on its own line).
      const inOwnParagraph =
        parent.type === 'element' && parent.tagName === 'p' && parent.children.every((child) => child === element || isBlank(child));
      const alone = inOwnParagraph || parent.type === 'root';
      const problem =
        imageProblem(src) ??
        (caption !== undefined && !alone
          ? `the image "${src}" has a caption, "${caption}", so it must stand in a paragraph of its own: put a blank line before and after it`
          : undefined) ??
        (alt === '' && !decorative
          ? `the image "${src}" needs alt text: describe it, ![A river at dawn](${src}), or mark it decorative, ![](${src} "decorative")`
          : undefined);
      if (problem) {
        reportChange(file, element, 'error', problem);
        parent.children.splice(index, 1);
        return index;
      }
      const path = src.startsWith('./') ? src : `./${src}`;
      element.properties = { src: path, alt: decorative ? '' : alt, dataBodyImage: path };
      if (Array.isArray(listed) && !listed.includes(path)) listed.push(path);
      if (caption === undefined) return undefined;
      if (inOwnParagraph) Object.assign(parent, figure(element, caption));
      else parent.children[index] = figure(element, caption);
      return undefined;
    });
  };
}

/**
 * Images in the body (`![A river at dawn](./river.jpg)`) go through the same
 * image pipeline as the lead photo: each must be a file beside the article,
 * with alt text, unless the author marks it decorative with the title
 * "decorative" (`![](./rule.png "decorative")`). What is kept is marked for the
 * page to replace with a responsive <picture> (see ArticleBody.astro); the
 * files are listed for the loader, which checks they exist.
 *
 * A remote image stops the build: it would load from another site, which the
 * site's security policy forbids and which no reader agreed to.
 */
import type { Element, Root } from 'hast';
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

export default function rehypeBodyImages() {
  return (tree: Root, file: PipelineFile) => {
    const listed = file.data.astro?.frontmatter?.[BODY_IMAGES];
    visit(tree, 'element', (element: Element, index, parent) => {
      if (element.tagName !== 'img' || !parent || index === undefined) return;
      const src = String(element.properties['src'] ?? '');
      const alt = String(element.properties['alt'] ?? '').trim();
      const title = element.properties['title'];
      const decorative = title === 'decorative';
      const problem =
        imageProblem(src) ??
        // Until body images carry captions, a title would vanish: words the author wrote, never silently dropped.
        (typeof title === 'string' && !decorative
          ? `the image "${src}" has a title, "${title}", which would not be shown (body images have no captions yet); put the caption in the text beside the image, and remove the title`
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
      return undefined;
    });
  };
}

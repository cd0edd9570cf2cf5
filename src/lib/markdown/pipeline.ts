/**
 * The remark/rehype plugins every article body goes through.
 *
 * Astro's unified processor only turns raw HTML into elements at the very end
 * of its pipeline, after our plugins. We parse it first ourselves so that the
 * sanitiser sees real elements (and keeps the safe ones) instead of opaque raw
 * strings; Astro's own rehype-raw pass is then a no-op.
 */
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeDateline from './rehype-dateline.ts';

const articleTags = ['figure', 'figcaption', 'abbr', 'cite', 'mark', 'small', 'time', 'caption'];

/** Removed with everything inside them: their content is code or markup, never article text. */
const strippedWithContent = [
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'form',
  'select',
  'textarea',
  'button',
  'title',
];

/**
 * GitHub's allow-list, less form controls (it keeps task-list checkboxes) and
 * images (photos go in the `photo` field, which enforces alt text and a
 * reserved size; the loader warns about images written in a body), plus the
 * elements articles use.
 */
const articleSanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  strip: strippedWithContent,
  tagNames: [...(defaultSchema.tagNames ?? []).filter((tag) => !['input', 'img', 'picture', 'source'].includes(tag)), ...articleTags],
  attributes: {
    ...defaultSchema.attributes,
    abbr: ['title'],
    time: ['dateTime'],
    th: [...(defaultSchema.attributes?.th ?? []), 'scope'],
  },
  protocols: {
    ...defaultSchema.protocols,
    href: ['http', 'https', 'mailto'],
    cite: ['http', 'https'],
    src: ['http', 'https'],
  },
};

export const articleRehypePlugins = [
  rehypeRaw,
  [rehypeSanitize, articleSanitizeSchema],
  rehypeSlug,
  [rehypeExternalLinks, { rel: ['noopener', 'noreferrer'] }],
  rehypeDateline,
] as const;

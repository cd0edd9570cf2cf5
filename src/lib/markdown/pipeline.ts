/**
 * The remark/rehype plugins every article body goes through.
 *
 * Astro's unified processor only turns raw HTML into elements at the very end
 * of its pipeline, after our plugins. We parse it first ourselves so that the
 * sanitiser sees real elements (and keeps the safe ones) instead of opaque raw
 * strings; Astro's own rehype-raw pass is then a no-op.
 *
 * Order matters: headings get their ids before the sanitiser, which prefixes
 * every id in the body (see rehype-fragment-links.ts); what the sanitiser
 * removes is reported just before it runs (see rehype-report-removed-markup.ts).
 */
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeBodyImages from './rehype-body-images.ts';
import rehypeControlCharacters from './rehype-control-characters.ts';
import rehypeDateline from './rehype-dateline.ts';
import rehypeFragmentLinks from './rehype-fragment-links.ts';
import rehypeHeadingLevels from './rehype-heading-levels.ts';
import rehypeNormaliseLinks from './rehype-normalise-links.ts';
import rehypeReportRemovedMarkup from './rehype-report-removed-markup.ts';
import rehypeUnwrapBareLinks from './rehype-unwrap-bare-links.ts';

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

/** Every id from the body starts with this, so none can equal one of the page's own ids. */
const BODY_ID_PREFIX = 'article-';

/**
 * GitHub's allow-list, less form controls (it keeps task-list checkboxes),
 * images (photos go in the `photo` field, which enforces alt text and a
 * reserved size) and `tabindex`/`accesskey` (a body must not take the page's
 * first Tab stop or its keys), plus the elements articles use.
 */
const articleSanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  clobberPrefix: BODY_ID_PREFIX,
  strip: strippedWithContent,
  tagNames: [...(defaultSchema.tagNames ?? []).filter((tag) => !['input', 'picture', 'source'].includes(tag)), ...articleTags],
  attributes: {
    ...defaultSchema.attributes,
    '*': (defaultSchema.attributes?.['*'] ?? []).filter((attribute) => !['tabIndex', 'accessKey'].includes(String(attribute))),
    abbr: ['title'],
    // Only as rehype-body-images.ts leaves it: a file beside the article, for the page to replace.
    img: ['src', 'alt', 'dataBodyImage'],
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

/**
 * remark-rehype's options: footnote ids unprefixed, as the sanitiser adds the
 * body's prefix to every id; the notes under a visible heading, as in print.
 */
export const articleRemarkRehypeOptions = { clobberPrefix: '', footnoteLabel: 'Notes', footnoteLabelProperties: {} };

export const articleRehypePlugins = [
  rehypeRaw,
  rehypeControlCharacters,
  rehypeSlug,
  rehypeBodyImages,
  [rehypeReportRemovedMarkup, articleSanitizeSchema],
  [rehypeSanitize, articleSanitizeSchema],
  [rehypeFragmentLinks, { prefix: BODY_ID_PREFIX }],
  rehypeUnwrapBareLinks,
  rehypeNormaliseLinks,
  rehypeHeadingLevels,
  [rehypeExternalLinks, { rel: ['noopener', 'noreferrer'] }],
  rehypeDateline,
] as const;

/**
 * Renders an article's Markdown body to sanitised HTML through the
 * remark/rehype pipeline (see pipeline.ts), with the report of what the
 * pipeline removed or changed in the author's markup. Uncached: see
 * src/lib/cache/article-body.ts for the cached version pages and the loader use.
 */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { MARKUP_REPORT, type MarkupChange } from './markup-report.ts';
import { articleRehypePlugins, articleRemarkRehypeOptions } from './pipeline.ts';
import { BODY_IMAGES } from './rehype-body-images.ts';
import type { Typography } from './typographic-text.ts';

export interface RenderedBody {
  html: string;
  /** What the pipeline removed or changed in the author's markup, by body line (see markup-report.ts). */
  changes: MarkupChange[];
  /** The image files the body shows, as written beside the article (./photo.jpg), each once. */
  images: string[];
}

type Processor = Awaited<ReturnType<typeof createMarkdownProcessor>>;
const processors = new Map<Typography, Promise<Processor>>();

function articleProcessor(typography: Typography): Promise<Processor> {
  let processor = processors.get(typography);
  if (!processor) {
    processor = createMarkdownProcessor({
      // SmartyPants curls quotes and apostrophes, unless the entry is a verbatim capture (decision 017).
      smartypants: typography === 'typographic',
      gfm: true,
      syntaxHighlight: false,
      remarkRehype: articleRemarkRehypeOptions,
      rehypePlugins: [...articleRehypePlugins] as never,
    });
    processors.set(typography, processor);
  }
  return processor;
}

/** What the pipeline reads from the frontmatter. */
export interface BodyOptions {
  dateline?: string | undefined;
  typography: Typography;
}

export async function renderBody(markdown: string, { dateline, typography }: BodyOptions): Promise<RenderedBody> {
  const changes: MarkupChange[] = [];
  const images: string[] = [];
  const { code } = await (
    await articleProcessor(typography)
  ).render(markdown, { frontmatter: { dateline, [MARKUP_REPORT]: changes, [BODY_IMAGES]: images } });
  return { html: code, changes, images };
}

/**
 * Renders an article's Markdown body to sanitised HTML through the
 * remark/rehype pipeline (see pipeline.ts), with the report of what the
 * pipeline removed or changed in the author's markup. Uncached: see
 * src/lib/files/article-body.ts for the cached version pages and the loader use.
 */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { MARKUP_REPORT, type MarkupChange } from './markup-report.ts';
import { articleRehypePlugins, articleRemarkRehypeOptions } from './pipeline.ts';
import { BODY_IMAGES } from './rehype-body-images.ts';

export interface RenderedBody {
  html: string;
  /** What the pipeline removed or changed in the author's markup, by body line (see markup-report.ts). */
  changes: MarkupChange[];
  /** The image files the body shows, as written beside the article (./photo.jpg), each once. */
  images: string[];
}

type Processor = Awaited<ReturnType<typeof createMarkdownProcessor>>;
let processor: Promise<Processor> | undefined;

function articleProcessor(): Promise<Processor> {
  processor ??= createMarkdownProcessor({
    // Typography is kept as the author typed it: SmartyPants would curl a
    // straight apostrophe the source uses.
    smartypants: false,
    gfm: true,
    syntaxHighlight: false,
    remarkRehype: articleRemarkRehypeOptions,
    rehypePlugins: [...articleRehypePlugins] as never,
  });
  return processor;
}

/** The dateline is the one frontmatter field the pipeline reads. */
export async function renderBody(markdown: string, dateline: string | undefined): Promise<RenderedBody> {
  const changes: MarkupChange[] = [];
  const images: string[] = [];
  const { code } = await (
    await articleProcessor()
  ).render(markdown, { frontmatter: { dateline, [MARKUP_REPORT]: changes, [BODY_IMAGES]: images } });
  return { html: code, changes, images };
}

/**
 * Renders an article's Markdown body to HTML through the remark/rehype
 * pipeline (see src/lib/markdown/pipeline.ts). Pages call this when they are built, so
 * rendered HTML never sits in the content store (see article-loader.ts).
 */
import { join } from 'node:path';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { articleRehypePlugins } from '#lib/markdown/pipeline.ts';
import { settings } from '#lib/settings.ts';
import { cached, contentHash } from './build-cache.ts';

/** Bump when the pipeline's output changes (a plugin, its options, the sanitiser's allow-list). */
const PIPELINE_VERSION = 3;

type Processor = Awaited<ReturnType<typeof createMarkdownProcessor>>;
let processor: Promise<Processor> | undefined;

function articleProcessor(): Promise<Processor> {
  processor ??= createMarkdownProcessor({
    // Typography is kept as the author typed it: SmartyPants would curl a
    // straight apostrophe the source uses.
    smartypants: false,
    gfm: true,
    syntaxHighlight: false,
    rehypePlugins: [...articleRehypePlugins] as never,
  });
  return processor;
}

/**
 * The body as sanitised HTML. The dateline is the one frontmatter field the
 * pipeline reads. Rendered bodies are cached on disk by their input, so an
 * unchanged article is rendered once across builds.
 */
export async function renderArticleBody(markdown: string, dateline: string | undefined): Promise<string> {
  const key = `${contentHash([PIPELINE_VERSION, markdown, dateline ?? null])}.html`;
  const html = await cached(join(settings.buildCacheDir, 'article-bodies'), key, async () => {
    const { code } = await (await articleProcessor()).render(markdown, { frontmatter: { dateline } });
    return Buffer.from(code);
  });
  return html.toString('utf8');
}

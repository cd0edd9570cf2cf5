/**
 * Renders an article's Markdown body to HTML through the remark/rehype
 * pipeline (see markdown-pipeline.ts). Pages call this when they are built, so
 * rendered HTML never sits in the content store (see article-loader.ts).
 */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { articleRehypePlugins } from './markdown-pipeline.ts';

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

/** The body as sanitised HTML. `frontmatter` lets plugins see fields such as the dateline. */
export async function renderArticleBody(markdown: string, frontmatter: Record<string, unknown>): Promise<string> {
  const { code } = await (await articleProcessor()).render(markdown, { frontmatter });
  return code;
}

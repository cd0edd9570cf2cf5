/**
 * An article's rendered body, cached on disk by its input, so an unchanged
 * article is rendered once across builds: the loader renders each body to
 * check it (see article-loader.ts), and its page then reads the cached result.
 * Rendered HTML never sits in the content store.
 */
import { join } from 'node:path';
import { renderBody, type BodyOptions, type RenderedBody } from '#lib/markdown/render-body.ts';
import { settings } from '#lib/settings.ts';
import { cached, contentHash } from './build-cache.ts';

/** Bump when the pipeline's output changes (a plugin, its options, the sanitiser's allow-list). */
const PIPELINE_VERSION = 7;

export async function renderArticleBody(markdown: string, options: BodyOptions): Promise<RenderedBody> {
  const key = `${contentHash([PIPELINE_VERSION, markdown, options.dateline ?? null, options.typography])}.json`;
  const rendered = await cached(join(settings.buildCacheDir, 'article-bodies'), key, async () =>
    Buffer.from(JSON.stringify(await renderBody(markdown, options))),
  );
  return JSON.parse(rendered.toString('utf8')) as RenderedBody;
}

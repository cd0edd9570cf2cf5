/**
 * An article's rendered body, cached on disk by its input, so an unchanged
 * article is rendered once across builds: the loader renders each body to
 * check it (see article-loader.ts), and its page then reads the cached result.
 * Rendered HTML never sits in the content store.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { renderBody, type BodyOptions, type RenderedBody } from '#lib/markdown/render-body.ts';
import { settings } from '#lib/settings.ts';
import { BUILD_CACHES, cached, codeAndLibrariesDigest, contentHash, isStringList, jsonEntryCheck } from './build-cache.ts';
import { onEveryCore } from './worker-pool.ts';

/**
 * The code a rendered body comes from: the model (the pipeline, its plugins and what they call)
 * and the locked versions of the libraries it imports, and of theirs. Any change there renders
 * every body again, and nothing else does; read once a process.
 */
const PIPELINE_CODE = ['src/lib/**/*.{ts,js,mjs,json}'];
let pipelineDigest: string | undefined;
const pipeline = () => (pipelineDigest ??= codeAndLibrariesDigest(process.cwd(), PIPELINE_CODE));

/**
 * Below this many bodies to render, threads cost more than they save: each loads the whole
 * Markdown pipeline first (about a second), and a publish renders one or two bodies.
 */
const BODIES_WORTH_THREADS = 64;

export interface BodyToRender {
  markdown: string;
  options: BodyOptions;
}

const bodyCacheDir = () => join(settings.buildCacheDir, BUILD_CACHES.articleBodies);
const bodyCacheKey = ({ markdown, options }: BodyToRender) =>
  `${contentHash([pipeline(), markdown, options.dateline ?? null, options.typography])}.json`;

/** Whether a cached value has a rendered body's shape: a file cut short or written by other code is made again. */
function isRenderedBody(value: unknown): value is RenderedBody {
  if (typeof value !== 'object' || value === null) return false;
  const { html, changes, images } = value as Partial<Record<keyof RenderedBody, unknown>>;
  return typeof html === 'string' && Array.isArray(changes) && isStringList(images);
}

const wholeBody = jsonEntryCheck(isRenderedBody);

export async function renderArticleBody(markdown: string, options: BodyOptions, cacheDir = bodyCacheDir()): Promise<RenderedBody> {
  const rendered = await cached(
    cacheDir,
    bodyCacheKey({ markdown, options }),
    async () => Buffer.from(JSON.stringify(await renderBody(markdown, options))),
    wholeBody,
  );
  return JSON.parse(rendered.toString('utf8')) as RenderedBody;
}

/**
 * Renders into the cache, on every core, the bodies it lacks, so that renderArticleBody then
 * reads them: the cold build of a large archive renders thousands, which one core takes minutes to do.
 */
export async function renderArticleBodiesAhead(bodies: readonly BodyToRender[], cacheDir = bodyCacheDir()): Promise<void> {
  const missing = bodies.filter((body) => !existsSync(join(cacheDir, bodyCacheKey(body))));
  if (missing.length < BODIES_WORTH_THREADS) return;
  await onEveryCore(new URL('./body-rendering-worker.ts', import.meta.url), { cacheDir }, missing);
}

/**
 * The integration that has Astro render only the pages a publish changes (decision 034), through
 * Astro's public prerenderer hook (`setPrerenderer` in `astro:build:start`): it wraps Astro's own
 * prerenderer, lists every page with its key as Astro does, and passes on only those
 * `pagesToRender` chooses (see published-pages.ts). The pages it keeps are still pages of the
 * site: their addresses go to the sitemap's `customPages`, which Astro's list of pages it rendered
 * would otherwise lack. Run by `astro build` alone (no publish handing over a published site),
 * every page is rendered.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { handBackRenderedPages, pagesToRender, publishedFileExists, readHandedOver } from './published-pages.ts';

/** `keptPageUrls` is filled with the absolute address of every page kept, for the sitemap. */
export function renderingChangedPages(buildCacheDir: string, keptPageUrls: string[]): AstroIntegration {
  let staging = '';
  let site = '';
  return {
    name: 'rendering-changed-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        staging = fileURLToPath(config.outDir).replace(/\/$/, '');
        site = config.site ?? '';
      },
      'astro:build:start': ({ setPrerenderer, logger }) => {
        const handedOver = readHandedOver(buildCacheDir, staging);
        setPrerenderer((astros) => ({
          name: 'rendering-changed-pages',
          setup: async () => astros.setup?.(),
          render: (request, options) => astros.render(request, options),
          teardown: async () => astros.teardown?.(),
          getStaticPaths: async () => {
            const pages = await astros.getStaticPaths();
            const { render, kept, record } = pagesToRender(
              pages,
              handedOver?.pages ?? {},
              handedOver ? publishedFileExists(handedOver.outDir) : () => false,
            );
            handBackRenderedPages(buildCacheDir, staging, { record, kept });
            const pageRoutes = new Set(pages.filter((page) => page.route.type === 'page').map((page) => page.pathname));
            for (const pathname of kept) if (pageRoutes.has(pathname)) keptPageUrls.push(new URL(pathname, site).href);
            logger.info(`${render.length} of ${pages.length} pages to render; ${kept.length} kept as published`);
            return render;
          },
        }));
      },
    },
  };
}

/**
 * The integration that has Astro render only the pages a publish changes (decision 034), through
 * Astro's public prerenderer hook (`setPrerenderer` in `astro:build:start`): it wraps Astro's own
 * prerenderer, lists every page with its key as Astro does, and passes on only those
 * `pagesToRender` chooses (see published-pages.ts), and hands back the pages kept, the new record
 * and every page's address (for the sitemaps, written after Astro). Run by `astro build` alone (no
 * publish handing over a published site), every page is rendered.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { handBackRenderedPages, pageAddresses, pagesToRender, publishedFileExists, readHandedOver } from './published-pages.ts';

export function renderingChangedPages(buildCacheDir: string): AstroIntegration {
  let staging = '';
  return {
    name: 'rendering-changed-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        staging = fileURLToPath(config.outDir).replace(/\/$/, '');
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
            handBackRenderedPages(buildCacheDir, staging, { record, kept, pages: pageAddresses(pages) });
            logger.info(`${render.length} of ${pages.length} pages to render; ${kept.length} kept as published`);
            return render;
          },
        }));
      },
    },
  };
}

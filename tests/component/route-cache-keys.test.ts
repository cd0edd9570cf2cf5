/**
 * Every route that lists its pages (`getStaticPaths()`) keys each one with `withCacheKeys` over
 * exactly its parameters and props (docs/decisions/019): Astro's incremental build restores a page
 * whose key is unchanged, so a route that forgot its key would be rendered on every publish, and
 * one that made its own could be restored with stale content. Each route is loaded from
 * src/pages and its paths computed from the real content store, whose seed article is given a tag
 * and an old address here so that every route lists at least one page.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { withCacheKeys } from '#lib/routes/page-cache-keys.ts';
import { settings } from '#lib/settings.ts';

vi.mock('astro:content', async (importOriginal) => {
  const real = await importOriginal<typeof import('astro:content')>();
  const getCollection = async (name: 'articles' | 'sections' | 'authors' | 'infoPages') => {
    const entries = await real.getCollection(name);
    if (name !== 'articles') return entries;
    return (entries as Awaited<ReturnType<typeof real.getCollection<'articles'>>>).map((entry) => ({
      ...entry,
      data: { ...entry.data, tags: [...entry.data.tags, 'Route keys'], redirectFrom: [...entry.data.redirectFrom, '/an-old-address/'] },
    }));
  };
  return { ...real, getCollection };
});

interface StaticPath {
  params: unknown;
  props?: unknown;
  cacheKey?: unknown;
}
type RouteModule = { getStaticPaths?: () => Promise<StaticPath[]> | StaticPath[] };

const routes = import.meta.glob<RouteModule>('../../src/pages/**/*.{astro,ts}');
const routeName = (file: string) => file.replace('../../src/pages/', '');

/**
 * Routes Astro renders afresh at every build, on purpose. A key covers only params and props:
 * these files are made in their handler from every article, not from props, so no key could
 * tell when they change (both are small).
 */
const RENDERED_EVERY_BUILD: Record<string, string> = {
  '[_redirects].ts': 'one file made from every article',
  '[section]/rss.xml.ts': "a section's feed, made by its handler",
};

// The unit and component tests share workers (`--no-isolate`): a file before this one may have
// loaded the routes with the real collections, so they are loaded again here, and after it, again
// without the mock.
beforeAll(() => {
  vi.resetModules();
});
afterAll(() => {
  vi.doUnmock('astro:content');
  vi.resetModules();
});

describe('route cache keys', () => {
  it('finds the routes', () => {
    expect(Object.keys(routes).map(routeName)).toContain('[section]/[year]/[month]/[day]/[slug].astro');
  });

  it.each(Object.keys(routes).map(routeName))('%s keys every page it lists with withCacheKeys', { timeout: 60_000 }, async (name) => {
    const { getStaticPaths } = await routes[`../../src/pages/${name}`]!();
    if (!getStaticPaths) return;
    const paths = await getStaticPaths();
    if (name in RENDERED_EVERY_BUILD) {
      expect(paths.filter((path) => path.cacheKey !== undefined)).toEqual([]);
      return;
    }
    expect(paths.length).toBeGreaterThan(0);
    for (const { cacheKey, ...route } of paths) {
      expect(cacheKey, `${name} ${JSON.stringify(route.params)}`).toBe(withCacheKeys([route], settings)[0]!.cacheKey);
    }
  });
});

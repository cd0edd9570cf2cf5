/**
 * Each page's key (decisions 019, 034): a page whose key is the published page's is kept from the
 * published site instead of rendered (src/publish/rendering-changed-pages.ts; a change of code
 * makes a full build). A page renders only its route's parameters and props and the settings (a
 * route module reads nothing else: components render the props they are given), so the key is a
 * digest of exactly those. Whatever a page shows of other entries (navigation, sidebars, a
 * front's lead) is in its props, so it is in its key; nothing else is, so an unrelated publish
 * leaves the key alone.
 */
import { createHash } from 'node:crypto';
import type { Settings } from '#lib/settings.ts';

/**
 * Settings that never reach a page's HTML: when the build runs (it decides which articles are
 * published, which the props already show), where its caches and content live, and logging.
 */
const SETTINGS_NOT_RENDERED = new Set<keyof Settings>(['buildTime', 'buildDebug', 'buildCacheDir', 'contentDir']);

/** JSON with every object's keys in order, so equal values give equal text whatever order they were built in. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner) && !(inner instanceof Date)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

/** The routes as `getStaticPaths()` returns them, each with its cache key. */
export function withCacheKeys<R extends { params: unknown; props?: unknown }>(
  routes: R[],
  settings: Settings,
): Array<R & { cacheKey: string }> {
  // The settings are the same for every route: serialised once, not once a page.
  const rendered = canonicalJson(Object.entries(settings).filter(([name]) => !SETTINGS_NOT_RENDERED.has(name as keyof Settings)));
  const cacheKey = (route: R) =>
    createHash('sha256')
      .update(rendered)
      .update(canonicalJson([route.params, route.props ?? null]))
      .digest('base64url');
  return routes.map((route) => ({ ...route, cacheKey: cacheKey(route) }));
}

import { describe, expect, it } from 'vitest';
import { withCacheKeys } from '#lib/routes/page-cache-keys.ts';
import { readSettings } from '#lib/settings.ts';

const settings = readSettings({});
const route = { params: { section: 'world' }, props: { title: 'World', teasers: [{ href: '/a/', headline: 'A' }] } };
const keyOf = (r: { params: unknown; props?: unknown }, s = settings) => withCacheKeys([r], s)[0]!.cacheKey;

describe('cache keys', () => {
  it('are the same for the same page', () => {
    expect(keyOf(structuredClone(route))).toBe(keyOf(route));
  });

  it('do not depend on the order an object was built in', () => {
    expect(keyOf({ props: { teasers: route.props.teasers, title: 'World' }, params: { section: 'world' } })).toBe(keyOf(route));
  });

  it('change with anything the page shows', () => {
    expect(keyOf({ ...route, props: { ...route.props, teasers: [{ href: '/a/', headline: 'A, corrected' }] } })).not.toBe(keyOf(route));
    expect(keyOf({ ...route, params: { section: 'local' } })).not.toBe(keyOf(route));
  });

  it('change with a setting pages render', () => {
    expect(keyOf(route, readSettings({ SITE_NAME: 'The Daily' }))).not.toBe(keyOf(route));
  });

  it('do not change with the time of the build or where its caches are', () => {
    expect(keyOf(route, readSettings({ SOURCE_DATE_EPOCH: '1', BUILD_CACHE_DIR: '/elsewhere' }))).toBe(keyOf(route));
  });

  it('tell dates apart', () => {
    const dated = (iso: string) => ({ params: {}, props: { date: new Date(iso) } });
    expect(keyOf(dated('2024-03-05T00:00:00Z'))).not.toBe(keyOf(dated('2024-03-06T00:00:00Z')));
  });
});

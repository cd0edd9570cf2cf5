/** No broken internal link or missing asset: linkinator crawls each built site from its front page, served locally. */
import { LinkChecker, LinkState } from 'linkinator';
import { describe, expect, it } from 'vitest';

async function crawl(dir: string): Promise<{ checked: number; broken: string[] }> {
  const result = await new LinkChecker().check({
    path: dir,
    recurse: true,
    // Only this site's own pages and files: the build machine has no network, and other sites are not ours to check.
    linksToSkip: ['^mailto:', '^https?://(?!localhost|127\\.0\\.0\\.1)'],
    concurrency: 8,
  });
  return {
    checked: result.links.filter((link) => link.state === LinkState.OK).length,
    broken: result.links
      .filter((link) => link.state === LinkState.BROKEN)
      .map((link) => `${link.url} (status ${link.status}, on ${link.parent})`),
  };
}

describe('links', () => {
  it('the published site has no broken internal link or missing asset', async () => {
    const { checked, broken } = await crawl('dist');
    expect(broken).toEqual([]);
    expect(checked, 'links actually checked').toBeGreaterThan(10);
  }, 120_000);

  it('the fixture site has no broken internal link or missing asset', async () => {
    const { checked, broken } = await crawl('dist-fixture');
    expect(broken).toEqual([]);
    expect(checked, 'links actually checked').toBeGreaterThan(30);
  }, 120_000);
});

/**
 * A front's top stories (FrontStories.astro), rendered through Astro's container API.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import FrontStories from '#components/FrontStories.astro';
import type { Teaser } from '#lib/listings/listings.ts';

const teaser = (n: number, photo?: Teaser['photo']): Teaser => ({
  href: `/world/2024/01/0${n}/story-${n}/`,
  headline: `Story ${n}`,
  summary: `Summary ${n}.`,
  section: 'World',
  bylineNames: ['A Reporter'],
  date: { kind: 'day', iso: `2024-01-0${n}` },
  photo,
});
const photo = { source: { hash: 'a'.repeat(64), width: 4000, height: 2667 }, alt: 'A desk' };

async function front(secondary: Teaser[]): Promise<string> {
  const container = await AstroContainer.create();
  return container.renderToString(FrontStories, {
    props: { front: { lead: teaser(1), secondary, blocks: [] }, timeZone: 'America/New_York' },
  });
}

describe('FrontStories', () => {
  it('shows a secondary story’s photo as a lazy thumbnail from its smallest width, its size reserved', async () => {
    const out = await front([teaser(2, photo)]);
    const secondary = out.slice(out.indexOf('class="secondary'));
    expect(secondary).toMatch(/<img [^>]*alt="A desk"[^>]*loading="lazy"/);
    expect(secondary).toMatch(/<source [^>]*srcset="[^"]*\b400w"[^>]*sizes="6rem"|<source [^>]*sizes="6rem"[^>]*srcset="[^"]*\b400w"/);
    expect(secondary).toMatch(/<img [^>]*width="\d+" height="\d+"/);
  });

  it('draws no thumbnail for a story without a photo', async () => {
    const out = await front([teaser(2)]);
    expect(out.slice(out.indexOf('class="secondary'))).not.toContain('<img');
  });
});

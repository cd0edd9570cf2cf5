import { describe, expect, it } from 'vitest';
import type { PublicationDate } from '#lib/dates/publication-date.ts';
import { listingRoutes } from '#lib/routes/listing-routes.ts';

const day = (iso: string): PublicationDate => ({ kind: 'day', iso });
const article = (id: string, iso: string, data: { section?: string; subsection?: string; tags?: string[]; byline?: string[] } = {}) => ({
  id,
  data: {
    headline: `Headline ${id}`,
    section: data.section ?? 'World',
    sectionSlug: (data.section ?? 'World').toLowerCase(),
    ...(data.subsection ? { subsection: data.subsection, subsectionSlug: data.subsection.toLowerCase().replace(' ', '-') } : {}),
    date: day(iso),
    tags: data.tags ?? [],
    byline: (data.byline ?? ['Desk']).map((name) => ({
      name,
      slug: name.toLowerCase().replace(' ', '-'),
      kind: 'person' as const,
      role: `${name}'s role`,
    })),
  },
});

const articles: Array<ReturnType<typeof article> & { data: { pinned?: boolean } }> = [
  article('a', '2024-01-03', { subsection: 'The Americas', tags: ['Trade'], byline: ['Ana Ruiz'] }),
  article('b', '2024-01-02', { subsection: 'The Americas', tags: ['Trade'] }),
  article('c', '2024-01-01', { section: 'Local', tags: ['Trade'] }),
];
const site = {
  name: 'Newsroom',
  description: 'The news.',
  pageSize: 2,
  timeZone: 'America/New_York',
  buildTime: new Date('2024-03-06T00:00:00Z'),
};
const sections = [
  {
    name: 'World',
    slug: 'world',
    description: 'News from around the world.',
    subsections: [{ name: 'The Americas', slug: 'the-americas', description: 'The Americas.' }],
  },
  { name: 'Local', slug: 'local', description: 'News from the city.', subsections: [] },
];
const authors = [
  {
    name: 'Ana Ruiz',
    slug: 'ana-ruiz',
    kind: 'person' as const,
    role: 'Correspondent',
    sameAs: ['https://social.example/@ana'],
    file: 'content/authors/ana-ruiz.md',
    bioHtml: '<p>Ana covers trade.</p>',
  },
];
const routes = (kind: Parameters<typeof listingRoutes>[0], pageSize = site.pageSize) =>
  listingRoutes(kind, { articles, sections, authors, infoPages: [] }, { ...site, pageSize }, (a) => `Summary of ${a.id}`);

describe('listingRoutes', () => {
  it('puts the front page at / and names its archive pages by their days', () => {
    const front = routes('front page', 1);
    expect(front.map((route) => route.params)).toEqual([
      { frontPage: undefined },
      { frontPage: 'page/2024-01-02-b' },
      { frontPage: 'page/2024-01-01-c' },
    ]);
    expect(front.map((route) => route.props.title)).toEqual(['Newsroom', 'Latest news, January 2, 2024', 'Latest news, January 1, 2024']);
    expect(front[0]!.props).toMatchObject({ path: '/', heading: 'Latest news', currentPath: '/', description: 'The news.' });
    expect(front[1]!.props.currentPath).toBeUndefined();
  });

  it('fills each page with its teasers, newest first, with the given description', () => {
    const [first] = routes('tag', 20);
    expect(first!.props.teasers.map((teaser) => teaser.href)).toEqual([
      '/world/2024/01/03/a/',
      '/world/2024/01/02/b/',
      '/local/2024/01/01/c/',
    ]);
    expect(first!.props.teasers[0]!.summary).toBe('Summary of a');
  });

  it('links each page to the next newer and older ones', () => {
    const [first, second, oldest] = routes('tag', 1);
    expect(first!.props.page).toEqual({ older: '/tags/trade/page/2024-01-02-b/' });
    expect(second!.props.page).toEqual({
      archive: { name: '2024-01-02-b', label: 'January 2, 2024' },
      newer: '/tags/trade/',
      older: '/tags/trade/page/2024-01-01-c/',
    });
    expect(oldest!.props.page).toEqual({
      archive: { name: '2024-01-01-c', label: 'January 1, 2024' },
      newer: '/tags/trade/page/2024-01-02-b/',
      older: undefined,
    });
  });

  it("leads the front page's first page with the newest story, then secondary stories, and lists only what they do not show", () => {
    const [first, second] = routes('front page', 1);
    expect(first!.props.front!.lead.href).toBe('/world/2024/01/03/a/');
    expect(first!.props.front!.secondary.map((teaser) => teaser.href)).toEqual(['/world/2024/01/02/b/', '/local/2024/01/01/c/']);
    expect(first!.props.teasers).toEqual([]);
    expect(first!.props.headingHidden).toBe(true);
    expect(second!.props.front).toBeUndefined();
    expect(second!.props.teasers.map((teaser) => teaser.href)).toEqual(['/world/2024/01/02/b/']);
  });

  it('leads with the newest pinned story, above newer ones', () => {
    const pinned = articles.map((a) => (a.id === 'c' ? { ...a, data: { ...a.data, pinned: true } } : a));
    const [first] = listingRoutes('front page', { articles: pinned, sections, authors, infoPages: [] }, site, () => '');
    expect(first!.props.front!.lead.href).toBe('/local/2024/01/01/c/');
    expect(first!.props.front!.secondary.map((teaser) => teaser.href)).toEqual(['/world/2024/01/03/a/', '/world/2024/01/02/b/']);
  });

  it("gives a section front blocks for its subsections, in the registry's order", () => {
    const many = Array.from({ length: 8 }, (_, i) => article(`w${i}`, `2024-02-0${i + 1}`, { subsection: 'The Americas' }));
    const world = listingRoutes('section', { articles: many, sections, authors, infoPages: [] }, { ...site, pageSize: 20 }, () => '').find(
      (route) => route.params['section'] === 'world',
    )!;
    expect(world.props.front!.lead.href).toBe('/world/2024/02/08/w7/');
    expect(world.props.front!.blocks).toEqual([
      expect.objectContaining({
        title: 'The Americas',
        href: '/world/the-americas/',
        teasers: [expect.anything(), expect.anything(), expect.anything()],
      }),
    ]);
    // Lead, four secondary and three in the block are shown above; the latest list holds the rest.
    expect(world.props.teasers).toHaveLength(0);
  });

  it('gives each section its route parameter, feed and navigation entry', () => {
    const world = routes('section').find((route) => route.params['section'] === 'world')!;
    expect(world.params).toEqual({ section: 'world', page: undefined });
    expect(world.props).toMatchObject({
      title: 'World',
      currentPath: '/world/',
      feed: { title: 'World – Newsroom', href: '/world/rss.xml' },
      description: 'News from around the world.',
      intro: 'News from around the world.',
    });
    expect(world.props.navigation.sections).toEqual([
      { label: 'World', href: '/world/' },
      { label: 'Local', href: '/local/' },
    ]);
  });

  it('puts a subsection under its section, with the section as its parent', () => {
    const [americas] = routes('subsection');
    expect(americas!.params).toEqual({ section: 'world', subsection: 'the-americas', page: undefined });
    expect(americas!.props).toMatchObject({
      title: 'The Americas – World',
      parent: { label: 'World', href: '/world/' },
      currentPath: '/world/',
      description: 'The Americas.',
    });
  });

  it("carries a registered author's profile and bio to their page", () => {
    const ana = routes('byline').find((route) => route.params['credit'] === 'ana-ruiz')!;
    expect(ana.props).toMatchObject({
      title: 'Articles by Ana Ruiz',
      description: 'Ana Ruiz, Correspondent: articles on Newsroom.',
      author: { name: 'Ana Ruiz', role: 'Correspondent', bioHtml: '<p>Ana covers trade.</p>' },
    });
  });

  it('gives a one-off credit no page', () => {
    const withWire = [
      ...articles,
      {
        ...article('d', '2024-01-04'),
        data: {
          ...article('d', '2024-01-04').data,
          byline: [{ name: 'Wire', kind: 'organization' as const, role: 'x', oneOff: true as const }],
        },
      },
    ];
    const pages = listingRoutes('byline', { articles: withWire, sections, authors, infoPages: [] }, site, () => '');
    expect(pages.map((route) => route.params['credit'])).not.toContain('wire');
  });

  it('links a section front to its subsections that have articles, on its first page only', () => {
    const world = routes('section', 1).filter((route) => route.params['section'] === 'world');
    expect(world.map((route) => route.props.subsections)).toEqual([[{ label: 'The Americas', href: '/world/the-americas/' }], undefined]);
  });

  it("dates the front page's first page with the build's day in the site's zone", () => {
    const [first, second] = routes('front page', 1);
    // 2024-03-06T00:00Z is still March 5 in New York.
    expect(first!.props.mastheadDate).toEqual({ iso: '2024-03-05', words: 'Tuesday, March 5, 2024' });
    expect(second!.props.mastheadDate).toBeUndefined();
  });

  it("leaves the section off the teasers of that section's own pages, and keeps it elsewhere", () => {
    const sectionOf = (kind: Parameters<typeof listingRoutes>[0]) =>
      routes(kind, 20)
        .flatMap((route) => [
          ...route.props.teasers,
          ...(route.props.front ? [route.props.front.lead, ...route.props.front.secondary] : []),
        ])
        .map((teaser) => teaser.section);
    expect(sectionOf('section')).toEqual([undefined, undefined, undefined]);
    expect(sectionOf('subsection')).toEqual([undefined, undefined]);
    expect(sectionOf('tag')).toEqual(['World', 'World', 'Local']);
  });

  it("credits every teaser, except on its only author's own page", () => {
    const credits = (kind: Parameters<typeof listingRoutes>[0]) =>
      routes(kind, 20).flatMap((route) => route.props.teasers.map((teaser) => [route.props.heading, teaser.credit]));
    expect(credits('tag')).toEqual([
      ['Trade', 'By Ana Ruiz'],
      ['Trade', 'By Desk'],
      ['Trade', 'By Desk'],
    ]);
    expect(credits('byline')).toEqual([
      ['Ana Ruiz', undefined],
      ['Desk', undefined],
      ['Desk', undefined],
    ]);
  });

  it('titles archive pages of a tag with their days', () => {
    const trade = routes('tag', 1);
    expect(trade.map((route) => [route.params, route.props.title])).toEqual([
      [{ tag: 'trade', page: undefined }, 'Trade'],
      [{ tag: 'trade', page: 'page/2024-01-02-b' }, 'Trade, January 2, 2024'],
      [{ tag: 'trade', page: 'page/2024-01-01-c' }, 'Trade, January 1, 2024'],
    ]);
  });
});

describe('listingRoutes in a preview', () => {
  it('marks a draft teaser as a draft, and a published one not at all', () => {
    const draft = { ...articles[0]!, data: { ...articles[0]!.data, draft: true } };
    const [front] = listingRoutes(
      'front page',
      { articles: [draft, ...articles.slice(1)], sections, authors, infoPages: [] },
      site,
      () => '',
    );
    const teasers = [front!.props.front!.lead, ...front!.props.front!.secondary, ...front!.props.teasers];
    expect(teasers.filter((teaser) => teaser.status === 'draft').map((teaser) => teaser.href)).toEqual([
      listingRoutes('front page', { articles, sections, authors, infoPages: [] }, site, () => '')[0]!.props.front!.lead.href,
    ]);
    expect(teasers.filter((teaser) => 'status' in teaser)).toHaveLength(1);
  });
});

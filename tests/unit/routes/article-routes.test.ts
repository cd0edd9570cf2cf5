import { describe, expect, it } from 'vitest';
import { articleRoutes } from '#lib/routes/article-routes.ts';

const article = (id: string, section: string, iso: string) => ({
  id,
  data: {
    headline: `Headline ${id}`,
    section,
    sectionSlug: section.toLowerCase(),
    date: { kind: 'instant' as const, iso },
    tags: [],
    byline: [{ name: 'Desk', slug: 'news-desk' }],
  },
});

const site = { timeZone: 'America/New_York', buildTime: new Date('2024-03-06T00:00:00Z'), origin: 'https://news.example' };

describe('articleRoutes', () => {
  const routes = articleRoutes(
    {
      articles: [
        article('late', 'World', '2024-01-11T03:30:00.000Z'),
        article('early', 'World', '2024-01-09T12:00:00.000Z'),
        article('local', 'Local', '2024-01-10T12:00:00.000Z'),
      ],
      sections: [
        { name: 'Local', slug: 'local' },
        { name: 'World', slug: 'world' },
        { name: 'Sport', slug: 'sport' },
      ],
      authors: [{ slug: 'news-desk', url: 'https://desk.example/', sameAs: ['https://social.example/@desk'] }],
      infoPages: [
        {
          slug: 'corrections',
          title: 'Corrections policy',
          description: 'How.',
          order: 2,
          file: 'content/pages/corrections.md',
          body: 'x',
        },
        { slug: 'about', title: 'About us', description: 'Who.', order: 1, file: 'content/pages/about.md', body: 'x' },
      ],
    },
    site,
  );

  it("lists the sections with articles in the registry's order", () => {
    expect(routes[0]!.props.navigation.sections.map((link) => link.label)).toEqual(['Local', 'World']);
  });

  it("lists the standing pages for the footer in their order, and the year the archive begins in the site's zone", () => {
    expect(routes[0]!.props.navigation.pages).toEqual([
      { label: 'About us', href: '/about/' },
      { label: 'Corrections policy', href: '/corrections/' },
    ]);
    expect(routes[0]!.props.navigation.since).toBe('2024');
  });

  it("carries each registered author's profiles elsewhere, for structured data", () => {
    expect(routes[0]!.props.authorProfiles).toEqual({ Desk: ['https://desk.example/', 'https://social.example/@desk'] });
  });

  it("gives each article its permalink's segments, on its day in the site's zone", () => {
    expect(routes[0]!.params).toEqual({ section: 'world', year: '2024', month: '01', day: '10', slug: 'late' });
  });

  it('lists the other articles of the same section in the sidebar, never the article itself', () => {
    expect(routes[0]!.props.moreFromSection.map((item) => item.href)).toEqual(['/world/2024/01/09/early/']);
    expect(routes[2]!.props.moreFromSection).toEqual([]);
  });

  it('shares one navigation between all pages', () => {
    expect(routes[0]!.props.navigation).toBe(routes[1]!.props.navigation);
  });
});

describe('articleRoutes in a preview', () => {
  const draft = {
    ...article('draft', 'World', '2024-01-12T12:00:00.000Z'),
    data: { ...article('draft', 'World', '2024-01-12T12:00:00.000Z').data, draft: true },
  };
  const content = {
    articles: [draft, article('later', 'World', '2024-05-01T12:00:00.000Z'), article('published', 'World', '2024-01-10T12:00:00.000Z')],
    sections: [{ name: 'World', slug: 'world' }],
    authors: [],
    infoPages: [],
  };
  const routes = articleRoutes(content, site);
  const routeOf = (id: string) => routes.find((route) => route.props.article.id === id)!;

  it('marks a draft and a scheduled article on their own pages, and a published one not at all', () => {
    expect([routeOf('draft'), routeOf('later'), routeOf('published')].map((route) => route.props.status)).toEqual([
      'draft',
      'scheduled',
      undefined,
    ]);
  });

  it('marks them in the "More from" sidebar of the others', () => {
    expect(routeOf('published').props.moreFromSection.map(({ headline, status }) => [headline, status])).toEqual([
      ['Headline later', 'scheduled'],
      ['Headline draft', 'draft'],
    ]);
  });

  it('adds no status at all to a published article, so its page and cache key stay as they were', () => {
    expect('status' in routeOf('published').props).toBe(false);
  });
});

describe('articleRoutes, for the byline and the sidebars', () => {
  const withLinks = (id: string, iso: string, relatedLinks: Array<{ title: string; url?: string }>) => ({
    ...article(id, 'World', iso),
    data: { ...article(id, 'World', iso).data, relatedLinks },
  });
  const routes = articleRoutes(
    {
      articles: [
        withLinks('one', '2024-01-05T12:00:00.000Z', [
          { title: 'Two', url: '/world/2024/01/04/two/' },
          { title: 'Three', url: 'https://news.example/world/2024/01/03/three/' },
          { title: 'Elsewhere', url: 'https://elsewhere.example/world/2024/01/02/four/' },
        ]),
        withLinks('two', '2024-01-04T12:00:00.000Z', []),
        withLinks('three', '2024-01-03T12:00:00.000Z', []),
        withLinks('four', '2024-01-02T12:00:00.000Z', []),
      ],
      sections: [{ name: 'World', slug: 'world' }],
      authors: [{ slug: 'news-desk', sameAs: [], role: 'Foreign desk' }],
      infoPages: [],
    },
    site,
  );
  const routeOf = (id: string) => routes.find((route) => route.props.article.id === id)!;

  it('leaves out of "More from" the articles its related coverage lists, by path or by the site\'s own address', () => {
    expect(routeOf('one').props.moreFromSection.map(({ headline }) => headline)).toEqual(['Headline four']);
  });

  it("gives a registered author's credit the registry's role", () => {
    expect(routeOf('two').props.byline).toEqual([{ name: 'Desk', slug: 'news-desk', role: 'Foreign desk' }]);
  });
});

import { describe, expect, it } from 'vitest';
import { crossEntryProblems, relatedLinkProblems, tagSpellingNotes, type CheckedArticle } from '#lib/content/entry-checks.ts';
import { articleSchemaIn } from '#lib/content/schema.ts';

const article = (file: string, redirectFrom: string[], extra: Record<string, unknown> = {}): CheckedArticle => {
  const data = articleSchemaIn('America/New_York').parse({
    headline: 'H',
    byline: [{ name: 'Ana Ruiz', slug: 'ana-ruiz' }],
    date: '2024-01-02',
    section: 'World',
    sectionSlug: 'world',
    subsection: 'The Americas',
    subsectionSlug: 'the-americas',
    tags: ['Trade'],
    redirectFrom,
    ...extra,
  });
  return {
    file,
    data,
    permalink: `/world/2024/01/02/${file.replace('.md', '')}/`,
    redirectFrom,
    sectionSlug: data.sectionSlug,
    subsectionSlug: data.subsectionSlug,
    byline: data.byline,
    tags: data.tags,
  };
};
const publicFiles = new Set(['/favicon.svg', '/images/', '/images']);
const isPublicFile = (path: string) => publicFiles.has(path);
/** public/'s files and folders, as the loader lists them. */
const PUBLIC_PATHS = ['/favicon.svg', '/images/'];

describe('crossEntryProblems: old addresses', () => {
  it('accepts an old address no page has', () => {
    expect(crossEntryProblems([article('a.md', ['/world/2017/03/01/a/'])], PUBLIC_PATHS)).toEqual([]);
  });

  it.each([
    ['the front page', '/'],
    ['search', '/search/'],
    ['a section', '/world/'],
    ['a subsection', '/world/the-americas/'],
    ['a byline page', '/by/ana-ruiz/'],
    ['a tag page', '/tags/trade/'],
    ['an archive page of a listing', '/world/page/2024-03-04-council-vote/'],
    ['a front-page page', '/page/3/'],
    ['the search index', '/pagefind/'],
    ["Astro's assets", '/_astro/'],
    ["the hosts' headers file", '/_headers/'],
    ['a folder in public/', '/images/'],
  ])('refuses %s (%s), which hosts would redirect to the article', (_what, path) => {
    const [problem, ...rest] = crossEntryProblems([article('a.md', [path])], PUBLIC_PATHS);
    expect(rest).toEqual([]);
    expect(problem).toBe(
      `a.md\n  redirectFrom: "${path}" is an address the site serves itself (a page, a listing, search or a file in public/); hosts would send its readers to this article instead. List only addresses this article had before`,
    );
  });

  it("leaves another article's permalink to the address-conflict check", () => {
    expect(crossEntryProblems([article('a.md', []), article('b.md', ['/world/2024/01/02/a/'])], PUBLIC_PATHS)).toEqual([]);
  });
});

describe('crossEntryProblems: an address the site serves, in any spelling a host or disk may take for it', () => {
  it.each([
    ['a file of public/ with a trailing slash', '/favicon.svg/', '/favicon.svg'],
    ['a file of public/ in capitals', '/FAVICON.SVG/', '/favicon.svg'],
    ['a file of public/ with an escaped letter', '/favicon%2Esvg/', '/favicon.svg'],
    ['a section in capitals', '/World/', '/world/'],
    ['a section as its index.html', '/world/index.html/', '/world/'],
    ['the front page as its index.html', '/index.html/', '/'],
    ['search with an escaped letter', '/%73earch/', '/search/'],
    ['the site feed', '/rss.xml/', '/rss.xml'],
    ["a section's feed", '/world/RSS.xml/', '/world/rss.xml'],
    ['the news sitemap', '/news-sitemap.xml/', '/news-sitemap.xml'],
    ['robots.txt', '/robots.txt/', '/robots.txt'],
    ['the not-found page', '/404.html/', '/404.html'],
    ["an article's share card", '/world/2024/01/02/a/social-card.png/', '/world/2024/01/02/a/social-card.png'],
  ])('refuses %s (%s), naming the address it takes', (_what, path, taken) => {
    const [problem, ...rest] = crossEntryProblems([article('a.md', [path])], PUBLIC_PATHS);
    expect(rest).toEqual([]);
    expect(problem).toContain(`a.md\n  redirectFrom: "${path}" is an address the site serves itself, written another way: ${taken} (`);
  });

  it.each([
    ['/_Astro/', "Astro's assets in capitals"],
    ['/%5Fheaders/', "the hosts' headers file, escaped"],
    ['/PageFind/', 'the search index in capitals'],
    ['/sitemap-articles-2019-02.xml/', "a month's sitemap"],
    ['/Sitemap-Pages.xml/', 'the sitemap of pages in capitals'],
  ])('refuses %s (%s)', (path) => {
    expect(crossEntryProblems([article('a.md', [path])], PUBLIC_PATHS)).toEqual([
      expect.stringContaining(`a.md\n  redirectFrom: "${path}" is an address the site serves itself`),
    ]);
  });

  it.each([
    ['/favicon.svg/old/', '/favicon.svg'],
    ['/rss.xml/2019/', '/rss.xml'],
    ['/sitemap-pages-3.xml/old/', '/sitemap-pages-3.xml'],
  ])('refuses %s, under the file %s, which cannot also be a folder', (path, file) => {
    expect(crossEntryProblems([article('a.md', [path])], PUBLIC_PATHS)).toEqual([
      `a.md\n  redirectFrom: "${path}" lies under ${file}, a file the site serves, which cannot also be a folder; hosts would send its readers to this article instead. List only addresses this article had before`,
    ]);
  });

  it('refuses a standing page written in capitals, naming its file', () => {
    expect(crossEntryProblems([article('a.md', ['/About/'])], PUBLIC_PATHS, new Map([['/about/', 'content/pages/about.md']]))).toEqual([
      expect.stringContaining(
        'a.md\n  redirectFrom: "/About/" is the address of the standing page content/pages/about.md, written another way: /about/ (',
      ),
    ]);
  });

  it.each(['/favicon/', '/images/old-story/', '/world/2017/rss/', '/news-sitemap/'])('accepts %s, which no file or page has', (path) => {
    expect(crossEntryProblems([article('a.md', [path])], PUBLIC_PATHS)).toEqual([]);
  });
});

describe('crossEntryProblems: old addresses of standing pages', () => {
  const standingPages = new Map([
    ['/about/', 'content/pages/about.md'],
    ['/corrections/', 'content/pages/corrections.md'],
  ]);

  it.each(['/about/', '/corrections/'])('refuses %s, naming the standing page it would take', (path) => {
    expect(crossEntryProblems([article('a.md', [path])], PUBLIC_PATHS, standingPages)).toEqual([
      `a.md\n  redirectFrom: "${path}" is the address of the standing page ${standingPages.get(path)!}; hosts would send its readers to this article instead. List only addresses this article had before`,
    ]);
  });

  it.each(['/about/2019/', '/about-us/', '/world/about/'])('accepts %s, an address no standing page has', (path) => {
    expect(crossEntryProblems([article('a.md', [path])], PUBLIC_PATHS, standingPages)).toEqual([]);
  });
});

describe("crossEntryProblems: a section's address is its registered slug", () => {
  const search = (file: string, redirectFrom: string[]) =>
    article(file, redirectFrom, { section: 'Search', sectionSlug: 'search-desk', subsection: undefined, subsectionSlug: undefined });

  it("refuses an old address at the section's slug", () => {
    expect(crossEntryProblems([search('a.md', []), search('b.md', ['/search-desk/'])], PUBLIC_PATHS)).toEqual([
      expect.stringMatching(/^b\.md\n {2}redirectFrom: "\/search-desk\/" is an address the site serves itself/),
    ]);
  });
});

describe('the schema refuses old addresses hosts would read as rules', () => {
  it.each(['/:slug/', '/*/', '/./x/', '/%2e%2e/', '//evil/'])('%s', (path) => {
    const result = articleSchemaIn('America/New_York').safeParse({
      headline: 'H',
      byline: [{ name: 'A' }],
      date: '2024-01-02',
      section: 'World',
      sectionSlug: 'world',
      redirectFrom: [path],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['redirectFrom', 0]);
    expect(result.error?.issues[0]?.message).toContain(`"${path}"`);
  });
});

describe('crossEntryProblems: names that would share one page', () => {
  it.each([
    ['tags', { tags: ['Trade!'] }, 'tags: "Trade" and "Trade!" (b.md) are different names that would share one page, /tags/trade/'],
  ])('refuses two %s with one address', (_kind, extra, problem) => {
    const problems = crossEntryProblems([article('a.md', []), article('b.md', [], extra)], PUBLIC_PATHS);
    expect(problems).toEqual([`a.md\n  ${problem}; use one spelling, or names that differ in letters or digits`]);
  });

  it('keeps C, C++ and C# apart', () => {
    expect(crossEntryProblems([article('a.md', [], { tags: ['C'] }), article('b.md', [], { tags: ['C++', 'C#'] })], PUBLIC_PATHS)).toEqual(
      [],
    );
  });

  it('leaves spellings that differ only in case or spacing to be one page', () => {
    expect(crossEntryProblems([article('a.md', [], { tags: ['Trade'] }), article('b.md', [], { tags: ['trade '] })], PUBLIC_PATHS)).toEqual(
      [],
    );
  });
});

describe('tagSpellingNotes', () => {
  it('names each spelling of one tag and a file using it', () => {
    expect(
      tagSpellingNotes([
        article('a.md', [], { tags: ['Trade'] }),
        article('b.md', [], { tags: ['trade '] }),
        article('c.md', [], { tags: ['Trade'] }),
      ]),
    ).toEqual(['tags written "Trade" (a.md), "trade " (b.md) share one page, /tags/trade/; use one spelling']);
  });

  it('says nothing when every tag is written one way', () => {
    expect(tagSpellingNotes([article('a.md', [], { tags: ['Trade'] }), article('b.md', [], { tags: ['Trade'] })])).toEqual([]);
  });
});

describe('relatedLinkProblems', () => {
  const linking = (url: string) => article('linking.md', [], { relatedLinks: [{ title: 'Council votes', url }] });
  const target = article('council-vote.md', []);

  it('names the related link a site path no page has, at its field', () => {
    expect(relatedLinkProblems([target, linking('/nowhere/')], isPublicFile)).toEqual([
      {
        file: 'linking.md',
        path: ['relatedLinks', 0, 'url'],
        message: '"/nowhere/" is not a page on this site; check the address, or leave url out to show the headline unlinked',
      },
    ]);
  });

  it('suggests the page nearest a slip in the address', () => {
    const [problem] = relatedLinkProblems([target, linking('/world/2024/01/03/council-vote/')], isPublicFile);
    expect(problem?.message).toMatch(
      /^"\/world\/2024\/01\/03\/council-vote\/" is not a page on this site \(did you mean "\/world\/2024\/01\/02\/council-vote\/"\?\)/,
    );
  });

  it('takes a page written without its last slash', () => {
    expect(relatedLinkProblems([target, linking('/world/2024/01/02/council-vote')], isPublicFile)).toEqual([]);
  });

  it('takes a standing page, a file in public/ and an address elsewhere', () => {
    const standingPages = new Map([['/about/', 'content/pages/about.md']]);
    for (const url of ['/about/', '/favicon.svg', 'https://example.com/story']) {
      expect(relatedLinkProblems([target, linking(url)], isPublicFile, standingPages), url).toEqual([]);
    }
  });
});

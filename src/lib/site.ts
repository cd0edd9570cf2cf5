/** Facts about the publication itself. The origin lives in astro.config.mjs (`site`). */
export const SITE = {
  name: 'Newsroom',
  lang: 'en',
  locale: 'en-US',
  /** Timestamps are shown in this zone, with its abbreviation (EDT, EST, ...). */
  timeZone: process.env['SITE_TIME_ZONE'] ?? 'America/New_York',
  /** Articles per listing page (front page, sections, bylines, tags). PAGE_SIZE overrides it for tests. */
  pageSize: Number(process.env['PAGE_SIZE'] ?? 20),
  /**
   * Articles per part of the search index. Pagefind holds a whole index in
   * memory while it builds it (about 2 GB for 10,000 articles), so a large
   * archive is indexed in parts of this size, one after another, which the
   * search page merges. SEARCH_PART_SIZE overrides it for tests.
   */
  searchPartSize: Number(process.env['SEARCH_PART_SIZE'] ?? 2500),
  description: 'News articles that load in one round trip, read well everywhere and print cleanly.',
} as const;

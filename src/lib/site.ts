/** Facts about the publication itself. The origin lives in astro.config.mjs (`site`). */
export const SITE = {
  name: 'Newsroom',
  lang: 'en',
  locale: 'en-US',
  /** Timestamps are shown in this zone, with its abbreviation (EDT, EST, ...). */
  timeZone: process.env['SITE_TIME_ZONE'] ?? 'America/New_York',
} as const;

/**
 * What the site's share images say and where they are kept, without the
 * drawing itself (social-card.ts, which loads satori and resvg): pages and
 * the build's bookkeeping need only this.
 */
import { join } from 'node:path';
import { cacheRoot, contentHash } from './disk-cache.ts';
import { calendarDay, formatPublicationDate, type PublicationDate } from './publication-date.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
export const LOGO_WIDTH = 600;
export const LOGO_HEIGHT = 60;

/** The card shared for pages other than articles, and the logo structured data names. */
export const SITE_CARD_PATH = '/social-card.png';
export const PUBLISHER_LOGO_PATH = '/publisher-logo.png';

/** An article's card sits beside its page: /<permalink>/social-card.png. */
export function articleCardPath(articlePath: string): string {
  return `${articlePath}social-card.png`;
}

/** Bump when social-card.ts draws differently, so cached images are redrawn. */
export const DRAWING_VERSION = 1;

export interface CardContent {
  headline: string;
  /** e.g. "World › The Americas"; empty for the site's own card. */
  section: string;
  /** As readers see it, e.g. "May 9, 2018". */
  date: string;
  siteName: string;
}

/** What an article's card says: its headline, section trail, day of publication and the site's name. */
export function articleCardContent(
  article: { headline: string; section: string; subsection?: string | undefined; date: PublicationDate },
  site: { name: string; timeZone: string },
): CardContent {
  return {
    headline: article.headline,
    section: [article.section, article.subsection].filter(Boolean).join(' › '),
    date: formatPublicationDate({ kind: 'day', iso: calendarDay(article.date, site.timeZone) }, site.timeZone),
    siteName: site.name,
  };
}

/** The site's own card, shared for the front page, listings and search. */
export function siteCardContent(siteName: string): CardContent {
  return { headline: `${siteName}: the news, readable everywhere`, section: '', date: '', siteName };
}

export function cardHash(card: CardContent): string {
  return contentHash([DRAWING_VERSION, card]);
}

export function cardCacheDir(): string {
  return join(cacheRoot(), 'social-cards');
}

/** The card's file name in the cache. */
export function cardCacheKey(card: CardContent): string {
  return `${cardHash(card)}.png`;
}

/** The publisher logo's file name in the cache. */
export function logoCacheKey(siteName: string): string {
  return `logo-${contentHash([DRAWING_VERSION, siteName])}.png`;
}

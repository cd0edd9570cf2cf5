/**
 * What the site's share images say (the card a chat app or social network
 * shows for a shared link) and their sizes. The drawing itself lives in
 * src/publish/share-images/, so pages never load the drawing libraries.
 */
import { calendarDay, formatPublicationDate, type PublicationDate } from '#lib/dates/publication-date.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
export const LOGO_WIDTH = 600;
export const LOGO_HEIGHT = 60;

export interface CardContent {
  headline: string;
  /** e.g. "World › The Americas"; empty for the site's own card. */
  section: string;
  /** As readers see it, e.g. "May 9, 2018". */
  date: string;
  siteName: string;
  /** The site path of the article's photo, cropped to the card's size (see photo-crops.ts), drawn behind the text. */
  photo?: string | undefined;
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
  return { headline: `${siteName}: the latest news`, section: '', date: '', siteName };
}

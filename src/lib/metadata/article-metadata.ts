/**
 * What an article page tells machines about itself: its canonical address,
 * the share image a link preview shows, and its schema.org NewsArticle data.
 */
import { absoluteUrl, articlePath } from '#lib/addresses/permalink.ts';
import { FRONT_PAGE_PATH, PUBLISHER_LOGO_PATH, articleCardPath } from '#lib/addresses/site-paths.ts';
import { formatPublicationDate } from '#lib/dates/publication-date.ts';
import type { Article } from '#lib/content/schema.ts';
import type { Settings } from '#lib/settings.ts';
import { CARD_HEIGHT, CARD_WIDTH, LOGO_HEIGHT, LOGO_WIDTH } from './share-image.ts';
import { newsArticleJsonLd } from './structured-data.ts';

export interface ArticleMetadata {
  canonical: string;
  socialImage: { url: string; width: number; height: number; alt: string };
  structuredData: Record<string, unknown>;
}

export function articleMetadata(
  article: { id: string; data: Article },
  description: string,
  authorProfiles: Record<string, string[]>,
  /** Site paths of the photo's structured-data crops (see photo-crops.ts); none without a photo. */
  photoCrops: string[],
  site: URL,
  settings: Pick<Settings, 'name' | 'timeZone'>,
): ArticleMetadata {
  const { data } = article;
  const path = articlePath(article, settings.timeZone);
  const canonical = absoluteUrl(path, site);
  const socialImage = {
    url: absoluteUrl(articleCardPath(path), site),
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    alt: `${data.headline} (${data.section}, ${formatPublicationDate(data.date, settings.timeZone)}, ${settings.name})`,
  };
  const structuredData = newsArticleJsonLd({
    headline: data.headline,
    description,
    canonical,
    published: data.date,
    updated: data.updated,
    timeZone: settings.timeZone,
    byline: data.byline,
    authorProfiles,
    section: data.section,
    tags: data.tags,
    imageUrls: [...photoCrops.map((crop) => absoluteUrl(crop, site)), socialImage.url],
    dateline: data.dateline,
    sourceUrl: data.source?.url,
    publisher: {
      name: settings.name,
      url: absoluteUrl(FRONT_PAGE_PATH, site),
      logoUrl: absoluteUrl(PUBLISHER_LOGO_PATH, site),
      logoWidth: LOGO_WIDTH,
      logoHeight: LOGO_HEIGHT,
    },
  });
  return { canonical, socialImage, structuredData };
}

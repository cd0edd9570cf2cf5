/**
 * What Astro's build hands to the steps that run after its pages are written
 * (the sitemaps' last-modified dates, photos, social cards, the search index):
 * every published article's permalink, its old addresses, its last-modified
 * date and what its social card says, and every photo's variants. It comes from the collection, so those steps
 * act on exactly the articles that have pages, without reading the content
 * again. src/publish/publish-site.ts removes the file before publishing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CardContent } from '#lib/metadata/share-image.ts';
import type { PhotoUse } from '#lib/photos/photo-uses.ts';

export const PUBLISH_MANIFEST = 'publish-manifest.json';

export interface PublishedArticle {
  path: string;
  redirectFrom: string[];
  /** The updated date, else the publication date, as written (a day or an ISO instant). */
  lastModified: string;
  /** The instant the publication date stands for (publicationInstant): the news sitemap's clock. */
  publishedAt: string;
  card: CardContent;
}

export interface PublishManifest {
  articles: PublishedArticle[];
  /** Every photo the pages show, and as what: its variants are made and placed by src/publish/photos/. */
  photos: PhotoUse[];
}

export function readPublishManifest(siteDir: string): PublishManifest {
  return JSON.parse(readFileSync(join(siteDir, PUBLISH_MANIFEST), 'utf8')) as PublishManifest;
}

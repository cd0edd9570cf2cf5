/**
 * schema.org NewsArticle data for search engines and link previews, and its
 * safe serialisation into a <script type="application/ld+json"> element.
 */
import type { Credit } from '#lib/content/schema.ts';
import { machineTimestamp, type PublicationDate } from '#lib/dates/publication-date.ts';
import { bylinePath } from '#lib/addresses/site-paths.ts';

export interface NewsArticleInput {
  headline: string;
  description: string;
  canonical: string;
  published: PublicationDate;
  updated?: PublicationDate | undefined;
  /** The site's zone, which gives a date-only article its instant and every timestamp its offset. */
  timeZone: string;
  byline: Credit[];
  /** Registered authors' profiles elsewhere (their own page, then sameAs), by name. */
  authorProfiles: Record<string, string[]>;
  /** The section's name, as schema.org's articleSection. */
  section: string;
  tags: string[];
  /** The photo's crops, then the share card. */
  imageUrls: string[];
  dateline?: string | undefined;
  sourceUrl?: string | undefined;
  publisher: { name: string; url: string; logoUrl: string; logoWidth: number; logoHeight: number };
}

/**
 * A credit as schema.org names it: a registered author by their page on this
 * site, with their profiles elsewhere as sameAs; a one-off credit by its own
 * address, if it has one.
 */
function creditToThing(credit: Credit, profiles: Record<string, string[]>, site: string) {
  const sameAs = profiles[credit.name];
  const url = credit.slug === undefined ? credit.url : bylinePath(credit.slug);
  return {
    '@type': credit.kind === 'organization' ? 'Organization' : 'Person',
    name: credit.name,
    ...(url ? { url: new URL(url, site).href } : {}),
    ...(sameAs && sameAs.length > 0 ? { sameAs } : {}),
  };
}

export function newsArticleJsonLd(input: NewsArticleInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: input.headline,
    description: input.description,
    url: input.canonical,
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.canonical },
    // The instant every machine-readable date gives the article: a date-only one, its day's start in the site's zone.
    datePublished: machineTimestamp(input.published, input.timeZone),
    dateModified: machineTimestamp(input.updated ?? input.published, input.timeZone),
    author: input.byline.map((credit) => creditToThing(credit, input.authorProfiles, input.publisher.url)),
    publisher: {
      '@type': 'Organization',
      name: input.publisher.name,
      url: input.publisher.url,
      logo: { '@type': 'ImageObject', url: input.publisher.logoUrl, width: input.publisher.logoWidth, height: input.publisher.logoHeight },
    },
    image: input.imageUrls,
    articleSection: input.section,
    ...(input.tags.length > 0 ? { keywords: input.tags } : {}),
    ...(input.sourceUrl ? { isBasedOn: input.sourceUrl } : {}),
    ...(input.dateline ? { dateline: input.dateline, locationCreated: { '@type': 'Place', name: input.dateline } } : {}),
  };
}

/**
 * JSON that cannot end the <script> element it sits in: `<`, `>` and `&` are
 * written as \u escapes (still the same JSON), as are the two line separators
 * JavaScript once treated as line ends.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

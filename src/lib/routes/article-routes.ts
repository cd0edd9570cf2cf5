/**
 * Every article page's route parameters and props: its permalink's segments,
 * the entry, the section navigation, its "More from <section>" sidebar and
 * what the registry says of its authors elsewhere (for structured data).
 * Computed once for all articles, so the sidebar's sort runs once a build.
 */
import { articlePath, permalinkSegments, type PermalinkSegments } from '#lib/addresses/permalink.ts';
import type { PublicationDate } from '#lib/content/publication-date.ts';
import { previewStatus, type PreviewStatus } from '#lib/content/scheduling.ts';
import { moreFromSection, type FiledArticle } from '#lib/listings/listings.ts';
import { siteNavigation, type SiteNavigation } from '#lib/listings/navigation.ts';
import type { InfoPage } from '#lib/content/info-pages.ts';

interface SidebarArticle {
  href: string;
  headline: string;
  date: PublicationDate;
  /** In a preview, why it is not public yet; absent on a published site. */
  status?: PreviewStatus;
}

/** A registered author's profiles elsewhere, by name. */
type AuthorProfiles = Record<string, string[]>;

export interface ArticleRoute<T> {
  params: PermalinkSegments;
  props: {
    article: T;
    navigation: SiteNavigation;
    moreFromSection: SidebarArticle[];
    authorProfiles: AuthorProfiles;
    /** In a preview, why the article is not public yet; absent on a published site. */
    status?: PreviewStatus;
  };
}

export function articleRoutes<T extends FiledArticle>(
  content: {
    articles: ReadonlyArray<T>;
    sections: ReadonlyArray<{ name: string; slug: string }>;
    authors: ReadonlyArray<{ slug: string; url?: string | undefined; sameAs: string[] }>;
    infoPages: ReadonlyArray<InfoPage>;
  },
  timeZone: string,
  /** The build's "now", which decides what is still scheduled (shown only in a preview). */
  now: Date,
): ArticleRoute<T>[] {
  const { articles } = content;
  const navigation = siteNavigation(content, timeZone);
  // By file name, as credits carry it: the one key a registered author cannot share.
  const profiles = new Map(content.authors.map((author) => [author.slug, [...(author.url ? [author.url] : []), ...author.sameAs]]));
  const moreFromSections = moreFromSection(articles, timeZone);
  const statusOf = (other: T) => {
    const status = previewStatus(other.data, now, timeZone);
    return status ? { status } : {};
  };
  return articles.map((article) => ({
    params: permalinkSegments({ slug: article.id, ...article.data }, timeZone),
    props: {
      ...statusOf(article),
      article,
      navigation,
      authorProfiles: Object.fromEntries(
        article.data.byline.flatMap(({ name, slug }) => (slug === undefined ? [] : [[name, profiles.get(slug) ?? []]])),
      ),
      moreFromSection: (moreFromSections.get(article.id) ?? []).map((other) => ({
        href: articlePath(other, timeZone),
        headline: other.data.headline,
        date: other.data.date,
        ...statusOf(other),
      })),
    },
  }));
}

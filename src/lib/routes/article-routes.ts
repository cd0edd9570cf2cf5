/**
 * Every article page's route parameters and props: its permalink's segments,
 * the entry, the section navigation, its "More from <section>" sidebar (never
 * an article its related coverage lists), its byline with each registered
 * author's role, and what the registry says of its authors elsewhere (for
 * structured data).
 * Computed once for all articles, so the sidebar's sort runs once a build.
 */
import { articlePath, permalinkSegments, type PermalinkSegments } from '#lib/addresses/permalink.ts';
import type { PublicationDate } from '#lib/dates/publication-date.ts';
import { previewStatus, type PreviewStatus } from '#lib/content/scheduling.ts';
import { moreFromSection, relatedArticleIds, type FiledArticle } from '#lib/listings/listings.ts';
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

type RoutedArticle = FiledArticle & {
  data: {
    byline: Array<{ name: string; slug?: string | undefined; role?: string | undefined }>;
    relatedLinks?: ReadonlyArray<{ url?: string | undefined }> | undefined;
  };
};

export interface ArticleRoute<T extends RoutedArticle> {
  params: PermalinkSegments;
  props: {
    article: T;
    navigation: SiteNavigation;
    moreFromSection: SidebarArticle[];
    /** The article's credits, each registered author's with the registry's role unless the article gives one. */
    byline: T['data']['byline'];
    authorProfiles: AuthorProfiles;
    /** In a preview, why the article is not public yet; absent on a published site. */
    status?: PreviewStatus;
  };
}

export function articleRoutes<T extends RoutedArticle>(
  content: {
    articles: ReadonlyArray<T>;
    sections: ReadonlyArray<{ name: string; slug: string }>;
    authors: ReadonlyArray<{ slug: string; url?: string | undefined; sameAs: string[]; role?: string | undefined }>;
    infoPages: ReadonlyArray<InfoPage>;
  },
  site: {
    timeZone: string;
    /** The build's "now", which decides what is still scheduled (shown only in a preview). */
    buildTime: Date;
    /** The site's origin, by which a related link written as a full address is known as one of its own articles. */
    origin: string;
  },
): ArticleRoute<T>[] {
  const { articles } = content;
  const { timeZone, buildTime: now } = site;
  const navigation = siteNavigation(content, timeZone);
  // By file name, as credits carry it: the one key a registered author cannot share.
  const profiles = new Map(content.authors.map((author) => [author.slug, [...(author.url ? [author.url] : []), ...author.sameAs]]));
  const roles = new Map(content.authors.flatMap((author) => (author.role ? [[author.slug, author.role] as const] : [])));
  const idByPath = new Map(articles.map((article) => [articlePath(article, timeZone), article.id]));
  const moreFromSections = moreFromSection(articles, timeZone, undefined, (article) =>
    relatedArticleIds(article.data.relatedLinks ?? [], idByPath, site.origin),
  );
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
      byline: article.data.byline.map((credit) => {
        const role = (credit as { role?: string | undefined }).role ?? (credit.slug === undefined ? undefined : roles.get(credit.slug));
        return role === undefined ? credit : { ...credit, role };
      }),
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

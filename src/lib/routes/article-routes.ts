/**
 * Every article page's route parameters and props: its permalink's segments,
 * the entry, the section navigation and its "More from <section>" sidebar.
 * Computed once for all articles, so the sidebar's sort runs once a build.
 */
import { articlePath, permalinkSegments, type PermalinkSegments } from '#lib/addresses/permalink.ts';
import type { PublicationDate } from '#lib/content/publication-date.ts';
import { moreFromSection, type FiledArticle } from '#lib/listings/listings.ts';
import { sectionNavigation, type NavigationLink } from '#lib/listings/navigation.ts';

interface SidebarArticle {
  href: string;
  headline: string;
  date: PublicationDate;
}

export interface ArticleRoute<T> {
  params: PermalinkSegments;
  props: { article: T; navigation: NavigationLink[]; moreFromSection: SidebarArticle[] };
}

export function articleRoutes<T extends FiledArticle>(articles: ReadonlyArray<T>, timeZone: string): ArticleRoute<T>[] {
  const navigation = sectionNavigation(articles);
  const moreFromSections = moreFromSection(articles);
  return articles.map((article) => ({
    params: permalinkSegments({ slug: article.id, ...article.data }, timeZone),
    props: {
      article,
      navigation,
      moreFromSection: (moreFromSections.get(article.id) ?? []).map((other) => ({
        href: articlePath(other, timeZone),
        headline: other.data.headline,
        date: other.data.date,
      })),
    },
  }));
}

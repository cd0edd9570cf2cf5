/** Every standing page's route (/<slug>/): the page and the site's navigation. */
import type { PublishedInfoPage } from '#lib/content/info-pages.ts';
import { siteNavigation, type NavigatedContent, type SiteNavigation } from '#lib/listings/navigation.ts';

export interface InfoPageRoute {
  params: { infoPage: string };
  props: { page: PublishedInfoPage; navigation: SiteNavigation };
}

export function infoPageRoutes(content: NavigatedContent<PublishedInfoPage>, timeZone: string): InfoPageRoute[] {
  const navigation = siteNavigation(content, timeZone);
  return content.infoPages.map((page) => ({ params: { infoPage: page.slug }, props: { page, navigation } }));
}

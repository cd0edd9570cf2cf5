/**
 * A newsroom's fifteen sections in the header of a built page (issue 27). The built sites have
 * three; a fifteen-section header is the same markup and CSS with more links, so the tests and
 * the screenshots add the other twelve to a built page rather than building a third site.
 */
import type { Page } from '@playwright/test';

export const FIFTEEN_SECTIONS = [
  'World',
  'Local',
  'Testing',
  'Politics',
  'Business',
  'Technology',
  'Science',
  'Health',
  'Climate',
  'Education',
  'Opinion',
  'Culture',
  'Books',
  'Sport',
  'Obituaries',
];

/** Gives the open page's section navigation fifteen sections, the current one still marked. */
export async function addFifteenSections(page: Page) {
  await page.locator('nav[aria-label="Sections"] ul').evaluate((list, names) => {
    const model = list.querySelector('li:last-child')!;
    for (const name of names.slice(list.children.length)) {
      const item = model.cloneNode(true) as HTMLElement;
      const link = item.querySelector('a')!;
      link.textContent = name;
      link.href = `/${name.toLowerCase()}/`;
      link.removeAttribute('aria-current');
      list.append(item);
    }
  }, FIFTEEN_SECTIONS);
}

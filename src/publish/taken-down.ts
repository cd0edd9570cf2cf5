/**
 * A live story never comes down unnoticed: of the pages a publish removes, the article pages,
 * each with why it went (its file now a draft, scheduled for a later date, deleted, or its
 * address changed with its section or date). Printed by the build and listed in
 * `<outDir>.changes.json` under "takenDown", so an editor sees it before the site is synced.
 * No flag has to confirm it: taking a story down is an editor's everyday act (a draft flag, a
 * deletion), and a publish that stopped for it would hold back every other story with it.
 */
import { permalinkSlug } from '#lib/addresses/permalink.ts';
import type { HeldBackArticle } from '#lib/loading/held-back.ts';

export interface TakenDownArticle {
  /** Its address until this publish. */
  path: string;
  reason: 'draft' | 'scheduled' | 'deleted' | 'moved';
  /** Its file, when it still has one (a draft or a scheduled article). */
  file?: string;
  /** For a scheduled article, its date as written. */
  date?: string;
  /** For a moved article, its new address. */
  movedTo?: string;
}

/** The page a file of the output is ("world/2024/03/05/vote/index.html" is /world/2024/03/05/vote/), with its article's slug when it is an article page. */
function articlePage(file: string): { path: string; slug: string } | undefined {
  if (!file.endsWith('/index.html')) return undefined;
  const path = `/${file.slice(0, -'index.html'.length)}`;
  const slug = permalinkSlug(path);
  return slug === undefined ? undefined : { path, slug };
}

/** The article pages among `removed` (output files, as output-changes.ts lists them), each with its reason. */
export function takenDownArticles(
  removed: ReadonlyArray<string>,
  added: ReadonlyArray<string>,
  heldBack: ReadonlyArray<HeldBackArticle>,
): TakenDownArticle[] {
  const heldBackById = new Map(heldBack.map((article) => [article.id, article]));
  const addedBySlug = new Map<string, string>();
  for (const file of added) {
    const page = articlePage(file);
    if (page) addedBySlug.set(page.slug, page.path);
  }
  return removed.flatMap((file): TakenDownArticle[] => {
    const page = articlePage(file);
    if (!page) return [];
    const { path, slug } = page;
    const held = heldBackById.get(slug);
    if (held) return [{ path, reason: held.reason, file: held.file, ...(held.date ? { date: held.date } : {}) }];
    const movedTo = addedBySlug.get(slug);
    return [movedTo ? { path, reason: 'moved', movedTo } : { path, reason: 'deleted' }];
  });
}

/** One line per article taken down, saying why, as the build prints it. */
export function describeTakenDown(article: TakenDownArticle): string {
  switch (article.reason) {
    case 'draft':
      return `${article.path}: ${article.file} is marked "draft: true"`;
    case 'scheduled':
      return `${article.path}: ${article.file} is now dated ${article.date}, in the future, so it waits until then`;
    case 'moved':
      return `${article.path}: now at ${article.movedTo} (its section or date changed); to keep links to the old address working, add it to the article's redirectFrom`;
    case 'deleted':
      return `${article.path}: its file is gone`;
  }
}

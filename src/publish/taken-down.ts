/**
 * A live story never comes down unnoticed: of the pages a publish removes, the article pages,
 * each with why it went (its file now a draft, scheduled for a later date, deleted, or its
 * address changed with its section or date). Printed by the build and listed in
 * `<outDir>.changes.json` under "takenDown", so an editor sees it before the site is synced.
 * No flag has to confirm it: taking a story down is an editor's everyday act (a draft flag, a
 * deletion), and a publish that stopped for it would hold back every other story with it.
 */
import type { HeldBackArticle } from '#lib/files/held-back.ts';

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

/** An article's page in the output, relative to it: "<section>/<yyyy>/<mm>/<dd>/<slug>/index.html". */
const ARTICLE_PAGE = /^([^/]+\/\d{4}\/\d{2}\/\d{2}\/([^/]+)\/)index\.html$/;

/** The article pages among `removed` (output files, as output-changes.ts lists them), each with its reason. */
export function takenDownArticles(
  removed: ReadonlyArray<string>,
  added: ReadonlyArray<string>,
  heldBack: ReadonlyArray<HeldBackArticle>,
): TakenDownArticle[] {
  const heldBackById = new Map(heldBack.map((article) => [article.id, article]));
  const addedBySlug = new Map<string, string>();
  for (const file of added) {
    const page = ARTICLE_PAGE.exec(file);
    if (page) addedBySlug.set(page[2]!, `/${page[1]!}`);
  }
  return removed.flatMap((file): TakenDownArticle[] => {
    const page = ARTICLE_PAGE.exec(file);
    if (!page) return [];
    const [, directory, slug] = page as unknown as [string, string, string];
    const path = `/${directory}`;
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

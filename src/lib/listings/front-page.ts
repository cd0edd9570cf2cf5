/**
 * A front's hierarchy (the front page, a section front): the lead story, a
 * few secondary stories, then a block of newest headlines for each section
 * (or subsection), no article twice. Pure: callers pass listings newest first.
 */
import type { Listing } from './listings.ts';

export interface Front<T> {
  lead: T;
  secondary: T[];
  blocks: Array<{ title: string; path: string; articles: T[] }>;
}

const SECONDARY_STORIES = 4;
const BLOCK_HEADLINES = 3;

/**
 * `newest` is every article of the front, newest first; `groups` the listings
 * that get a block, in navigation order. The lead is the newest pinned article,
 * or the newest; blocks with nothing left to show are left out.
 */
export function arrangeFront<T extends { id: string; data: { pinned?: boolean | undefined } }>(
  newest: ReadonlyArray<T>,
  groups: ReadonlyArray<Pick<Listing<T>, 'title' | 'path' | 'articles'>>,
): Front<T> | undefined {
  const lead = newest.find((article) => article.data.pinned) ?? newest[0];
  if (!lead) return undefined;
  const secondary = newest.filter((article) => article !== lead).slice(0, SECONDARY_STORIES);
  const shown = new Set([lead.id, ...secondary.map((article) => article.id)]);
  const blocks = groups
    .map(({ title, path, articles }) => ({
      title,
      path,
      articles: articles.filter((article) => !shown.has(article.id)).slice(0, BLOCK_HEADLINES),
    }))
    .filter((block) => block.articles.length > 0);
  return { lead, secondary, blocks };
}

/** The ids a front shows, so the page's "Latest" list need not repeat them. */
export function shownOnFront(front: Front<{ id: string }>): Set<string> {
  return new Set([front.lead, ...front.secondary, ...front.blocks.flatMap((block) => block.articles)].map((article) => article.id));
}

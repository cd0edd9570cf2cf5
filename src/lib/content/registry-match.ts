/**
 * Finding a registered name (a section, a subsection, an author) from what an
 * author typed: by name or slug, ignoring case and spacing; otherwise the
 * nearest registered name, for a "did you mean …?".
 */
import { closest, distance } from 'fastest-levenshtein';
import { toSlug } from '#lib/addresses/slug.ts';

export interface Registered {
  name: string;
  slug: string;
}

/** One spelling of a name for comparing: "Trade", "trade " and "TRADE" fold to the same. */
export const folded = (value: string) => value.trim().replace(/\s+/g, ' ').toLowerCase();

/** The registered entry `typed` names, or undefined. */
export function findRegistered<Entry extends Registered>(typed: string, registered: ReadonlyArray<Entry>): Entry | undefined {
  const wanted = folded(typed);
  return registered.find((entry) => folded(entry.name) === wanted || entry.slug === wanted || entry.slug === toSlug(typed));
}

/** The registered name nearest to `typed`, when it is near enough to be a slip of the keyboard. */
export function nearestName(typed: string, registered: ReadonlyArray<Registered>): string | undefined {
  if (registered.length === 0) return undefined;
  const names = registered.map((entry) => entry.name);
  const nearest = closest(folded(typed), names.map(folded));
  const index = names.map(folded).indexOf(nearest);
  // More than a third of the letters changed is another word, not a slip.
  return distance(folded(typed), nearest) <= Math.max(2, Math.ceil(nearest.length / 3)) ? names[index] : undefined;
}

/** "… is not a registered section (did you mean "World"?)": the sentence every unknown name gets. */
export function unknownNameProblem(what: string, typed: string, registered: ReadonlyArray<Registered>, registry: string): string {
  const nearest = nearestName(typed, registered);
  const suggestion = nearest ? ` (did you mean "${nearest}"?)` : '';
  const list = registered.length > 0 ? registered.map((entry) => entry.name).join(', ') : 'none yet';
  return `"${typed}" is not a registered ${what}${suggestion}. Registered: ${list}. To add one, list it in ${registry}`;
}

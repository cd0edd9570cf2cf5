/**
 * Finding a registered name (a section, a subsection, an author) from what an
 * author typed: by the name as written (after Unicode NFC, ignoring case and
 * spacing) or by the registered slug as written; otherwise the nearest
 * registered name, for a "did you mean …?". Never by the slug of what was
 * typed: "Jose Perez" is not "José Pérez", and "Ana Ruiz" is not the author
 * whose file happens to be ana-ruiz.md while their name is "Ana María Ruiz".
 */
import { closest, distance } from 'fastest-levenshtein';

export interface Registered {
  name: string;
  slug: string;
  /** The file the entry is registered in, when each has its own (authors), for messages. */
  file?: string;
}

/**
 * One spelling of a name for comparing: "Trade", "trade " and "TRADE" fold to the same, and so do
 * a name typed in NFC and in NFD (as a Mac may save "é": e and a combining accent), and a name in
 * full-width letters, as a Japanese or Chinese keyboard types them ("Ａｎａ" is "Ana": NFKC). Two
 * registered names that fold alike would look alike on the page, so the registries refuse them.
 * Accents and every other letter stay: "Jose" and "José", the Turkish "ı" and "i", and a
 * Cyrillic "А" and a Latin "A" are different letters, as in the names people have.
 */
export const folded = (value: string) => value.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Every registered entry `typed` names: by its name, or by its slug typed as such. More than one
 * is an ambiguity the caller refuses (see ambiguousNameProblem), never a choice made for the author.
 */
export function registeredMatches<Entry extends Registered>(typed: string, registered: ReadonlyArray<Entry>): Entry[] {
  const wanted = folded(typed);
  if (wanted === '') return [];
  return registered.filter((entry) => folded(entry.name) === wanted || entry.slug === wanted);
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

/** How one of several matches is named in a message: its file, or its name and slug in the shared registry. */
const described = (entry: Registered) => (entry.file ? `"${entry.name}" (${entry.file})` : `"${entry.name}" (slug ${entry.slug})`);

/** The sentence a name gets when it names more than one registered entry: each of them, and how to pick one. */
export function ambiguousNameProblem(what: string, typed: string, matches: ReadonlyArray<Registered>): string {
  return (
    `"${typed}" names more than one registered ${what}: ${matches.map(described).join(' and ')}; ` +
    `write the slug of the one you mean (${matches.map((entry) => `"${entry.slug}"`).join(' or ')}), or rename one of them`
  );
}

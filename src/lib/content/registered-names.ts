/**
 * An article's section, subsection and byline, checked against the
 * registries and rewritten in their registered form ("world" → "World"),
 * with the registered slugs every address is made from (`sectionSlug`,
 * `subsectionSlug`, each registered credit's `slug`: its author file's name),
 * before the schema validates the rest. Pure: the registries come in.
 */
import type { RegisteredAuthor } from './authors.ts';
import { ambiguousNameProblem, registeredMatches, unknownNameProblem, type Registered } from './registry-match.ts';
import type { RegisteredSection } from './sections.ts';

export interface NameProblem {
  /** The field's path, as zod gives it: ["byline", 1, "name"]. */
  path: (string | number)[];
  message: string;
}

const SECTIONS = 'content/sections.yaml';
const AUTHORS = 'content/authors/<slug>.md';

/** Fields the loader writes from the registries; an author who writes one is told so (see resolveRegisteredNames). */
const FILLED_IN = ['sectionSlug', 'subsectionSlug'] as const;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function resolveRegisteredNames(
  frontmatter: Record<string, unknown>,
  registries: { sections: ReadonlyArray<RegisteredSection>; authors: ReadonlyArray<RegisteredAuthor> },
): { frontmatter: Record<string, unknown>; problems: NameProblem[] } {
  const resolved = { ...frontmatter };
  const problems: NameProblem[] = [];
  /** The one section or subsection `typed` names, or undefined with the problem said at `path`. */
  const resolve = <Entry extends Registered>(typed: string, registered: ReadonlyArray<Entry>, what: string, path: NameProblem['path']) => {
    const matches = registeredMatches(typed, registered);
    if (matches.length > 1) problems.push({ path, message: ambiguousNameProblem(what, typed, matches) });
    else if (matches.length === 0) problems.push({ path, message: unknownNameProblem(what, typed, registered, SECTIONS) });
    return matches.length === 1 ? matches[0] : undefined;
  };

  for (const field of FILLED_IN) {
    if (field in frontmatter) {
      problems.push({
        path: [field],
        message: `unknown field "${field}": the build takes the address from the registered section in ${SECTIONS}; remove it`,
      });
    }
  }

  const { section: typedSection, subsection: typedSubsection, byline } = frontmatter;
  const section =
    typeof typedSection === 'string' && typedSection.trim() !== ''
      ? resolve(typedSection, registries.sections, 'section', ['section'])
      : undefined;
  if (section) {
    resolved['section'] = section.name;
    resolved['sectionSlug'] = section.slug;
  }
  if (section && typeof typedSubsection === 'string' && typedSubsection.trim() !== '') {
    const subsection = resolve(typedSubsection, section.subsections, `subsection of ${section.name}`, ['subsection']);
    if (subsection) {
      resolved['subsection'] = subsection.name;
      resolved['subsectionSlug'] = subsection.slug;
    }
  }

  if (Array.isArray(byline)) {
    resolved['byline'] = byline.map((credit: unknown, index) => {
      if (!isRecord(credit)) return credit;
      if ('slug' in credit) {
        problems.push({
          path: ['byline', index, 'slug'],
          message: `unknown field "slug": the build takes the author's address from their file; to name an author by file name, write it as the name (name: ana-ruiz)`,
        });
        return credit;
      }
      if (typeof credit['name'] !== 'string' || credit['oneOff'] === true) return credit;
      const typed = credit['name'];
      const matches = registeredMatches(typed, registries.authors);
      if (matches.length > 1) {
        problems.push({ path: ['byline', index, 'name'], message: ambiguousNameProblem('author', typed, matches) });
        return credit;
      }
      const [author] = matches;
      if (!author) {
        problems.push({
          path: ['byline', index, 'name'],
          message: `${unknownNameProblem('author', typed, registries.authors, AUTHORS)}; for a one-off credit (wire copy, a guest), add "oneOff: true" to the entry`,
        });
        return credit;
      }
      const restated = ['kind', 'url'].filter((key) => key in credit);
      if (restated.length > 0) {
        problems.push({
          path: ['byline', index, restated[0]!],
          message: `${restated.join(' and ')} of a registered author come from ${author.file}; remove ${restated.length > 1 ? 'them' : 'it'} here`,
        });
      }
      return { ...credit, name: author.name, slug: author.slug, kind: author.kind, ...(author.url ? { url: author.url } : {}) };
    });
  }
  return { frontmatter: resolved, problems };
}

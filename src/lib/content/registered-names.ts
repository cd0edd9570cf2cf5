/**
 * An article's section, subsection and byline, checked against the
 * registries and rewritten in their registered form ("world" → "World"),
 * before the schema validates the rest. Pure: the registries come in.
 */
import type { RegisteredAuthor } from './authors.ts';
import { findRegistered, unknownNameProblem } from './registry-match.ts';
import type { RegisteredSection } from './sections.ts';

export interface NameProblem {
  /** The field's path, as zod gives it: ["byline", 1, "name"]. */
  path: (string | number)[];
  message: string;
}

const SECTIONS = 'content/sections.yaml';
const AUTHORS = 'content/authors/<slug>.md';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function resolveRegisteredNames(
  frontmatter: Record<string, unknown>,
  registries: { sections: ReadonlyArray<RegisteredSection>; authors: ReadonlyArray<RegisteredAuthor> },
): { frontmatter: Record<string, unknown>; problems: NameProblem[] } {
  const resolved = { ...frontmatter };
  const problems: NameProblem[] = [];

  const { section: typedSection, subsection: typedSubsection, byline } = frontmatter;
  const section = typeof typedSection === 'string' ? findRegistered(typedSection, registries.sections) : undefined;
  if (typeof typedSection === 'string' && typedSection.trim() !== '') {
    if (section) resolved['section'] = section.name;
    else problems.push({ path: ['section'], message: unknownNameProblem('section', typedSection, registries.sections, SECTIONS) });
  }
  if (section && typeof typedSubsection === 'string' && typedSubsection.trim() !== '') {
    const subsection = findRegistered(typedSubsection, section.subsections);
    if (subsection) resolved['subsection'] = subsection.name;
    else {
      problems.push({
        path: ['subsection'],
        message: unknownNameProblem(`subsection of ${section.name}`, typedSubsection, section.subsections, SECTIONS),
      });
    }
  }

  if (Array.isArray(byline)) {
    resolved['byline'] = byline.map((credit: unknown, index) => {
      if (!isRecord(credit) || typeof credit['name'] !== 'string' || credit['oneOff'] === true) return credit;
      const typed = credit['name'];
      const author = findRegistered(typed, registries.authors);
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
      return { ...credit, name: author.name, kind: author.kind, ...(author.url ? { url: author.url } : {}) };
    });
  }
  return { frontmatter: resolved, problems };
}

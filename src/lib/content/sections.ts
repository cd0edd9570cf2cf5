/**
 * The sections registry, `content/sections.yaml`: the sections in navigation
 * order, each with a name, an optional slug (from the name by default), a
 * one-sentence description and optional subsections. An article's section and
 * subsection must be registered, so a misspelling ("Wolrd") stops the build
 * instead of creating a new section.
 */
import { z } from 'astro/zod';
import { isSlug, toSlug } from '#lib/addresses/slug.ts';
import { closedObject, list, name, text } from './fields.ts';
import { folded } from './registry-match.ts';
import { LIMITS } from './limits.ts';

const slug = z
  .string()
  .refine(isSlug, { error: 'slug must be lowercase letters, digits and single hyphens (e.g. "the-americas")' })
  .optional();

const subsectionSchema = closedObject({ name: name('name'), slug, description: text('description', LIMITS.dek) });

const sectionSchema = closedObject({
  name: name('name'),
  slug,
  description: text('description', LIMITS.dek),
  subsections: list('subsections', subsectionSchema).default([]),
});

export const sectionsFileSchema = z.array(sectionSchema).min(1, { error: 'list at least one section' });

interface RegisteredSubsection {
  name: string;
  slug: string;
  description: string;
}

export interface RegisteredSection extends RegisteredSubsection {
  subsections: RegisteredSubsection[];
}

export const SECTIONS_FILE = 'sections.yaml';

/**
 * What already has an address at the site's root, /<slug>/: false for nothing, true for the
 * site itself (search, bylines, tags, the feeds, a folder in public/, …), or the words naming
 * what has it ("the standing page content/pages/about.md"), for messages that name both sides.
 */
export type RootAddressOwner = (slug: string) => boolean | string;

/**
 * The registry with every slug filled in, or the problems that stop the build:
 * two entries with one address, or a section slug something else has at the
 * site's root (`rootOwner`).
 */
export function registeredSections(
  entries: z.output<typeof sectionsFileSchema>,
  rootOwner: RootAddressOwner,
): { sections: RegisteredSection[]; problems: string[] } {
  const problems: string[] = [];
  const withSlug = <Entry extends { name: string; slug?: string | undefined }>(entry: Entry) => ({
    ...entry,
    slug: entry.slug ?? toSlug(entry.name),
  });
  const sections = entries.map((section) => ({ ...withSlug(section), subsections: section.subsections.map(withSlug) }));
  const claimed = new Map<string, string>();
  const claim = (address: string, what: string) => {
    const earlier = claimed.get(address);
    if (earlier) problems.push(`${what} and ${earlier} would both be ${address}; give one a different name or slug`);
    else claimed.set(address, what);
  };
  // One name, one entry: an article names its section by name, and two entries with one name
  // (in any case, or NFC against NFD) would leave it naming both.
  const claimName = (seen: Map<string, string>, name: string, what: string) => {
    const earlier = seen.get(folded(name));
    if (earlier) problems.push(`${what} has the name of ${earlier}; give one of them another name`);
    else seen.set(folded(name), what);
  };
  const sectionNames = new Map<string, string>();
  for (const section of sections) {
    claimName(sectionNames, section.name, `section "${section.name}" (slug ${section.slug})`);
    const subsectionNames = new Map<string, string>();
    for (const subsection of section.subsections) {
      claimName(subsectionNames, subsection.name, `subsection "${subsection.name}" (slug ${subsection.slug}) of "${section.name}"`);
    }
  }
  for (const section of sections) {
    const owner = rootOwner(section.slug);
    if (owner === true) {
      problems.push(
        `section "${section.name}": the address /${section.slug}/ is the site's own (search, bylines, tags, feeds, files); give the section another slug`,
      );
    } else if (owner) {
      problems.push(
        `section "${section.name}": the address /${section.slug}/ is also the address of ${owner}; give the section another slug, or rename the page`,
      );
    }
    claim(`/${section.slug}/`, `section "${section.name}"`);
    for (const subsection of section.subsections) {
      if (subsection.slug === 'page' || subsection.slug === 'rss-xml') {
        problems.push(
          `subsection "${subsection.name}": /${section.slug}/${subsection.slug}/ is the address of the section's own pages; give it another slug`,
        );
      }
      claim(`/${section.slug}/${subsection.slug}/`, `subsection "${subsection.name}" of "${section.name}"`);
    }
  }
  return { sections, problems };
}

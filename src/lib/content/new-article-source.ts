/**
 * The text of a new article file, as `npm run new` writes it: the required
 * fields filled in from what the writer gave, today's date, and `draft: true`
 * so nothing is published until an editor removes it. Pure: the date and the
 * registered names come in.
 */
import { basename, dirname } from 'node:path';
import { dump } from 'js-yaml';
import { toSlug } from '#lib/addresses/slug.ts';
import { fieldLabel } from './field-label.ts';
import { parseArticleSource } from './frontmatter.ts';
import { resolveRegisteredNames } from './registered-names.ts';
import type { RegisteredAuthor } from './authors.ts';
import type { RegisteredSection } from './sections.ts';
import { articleSchemaIn } from './schema.ts';

/**
 * A file name from a headline: its first words, at most 60 characters, cut at a hyphen. A slash
 * or a line break parts words as a space does ("Ukraine/Russia talks": ukraine-russia-talks).
 */
export function slugFromHeadline(headline: string): string {
  const slug = toSlug(headline.replace(/[\s/\\]+/g, ' '));
  if (slug.length <= 60) return slug;
  const cut = slug.slice(0, 61);
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : 60).replace(/-$/, '');
}

/** A lead photo a new article starts with: its file beside the article (`./name.jpg`) and what the build requires with it. */
export interface NewArticlePhoto {
  src: string;
  alt: string;
  caption: string;
  credit: string;
}

export function newArticleSource(entry: {
  headline: string;
  section: string;
  byline: { name: string; oneOff?: true }[];
  date: string;
  photo?: NewArticlePhoto | undefined;
}): string {
  const { headline, byline, date, section, photo } = entry;
  const frontmatter = dump({ headline, byline, date, section, ...(photo ? { photo } : {}), draft: true }, { lineWidth: -1 });
  return `---\n${frontmatter}---\n\nWrite the article here, in Markdown. Remove "draft: true" above to publish it.\n`;
}

/**
 * The problems the build would find in the frontmatter of `source`, worded as the build words
 * them ("headline: headline is 10,000 characters, …"): the registered names, then the schema
 * with its limits. `npm run new` refuses to write a file the build would refuse.
 */
export function newArticleProblems(
  source: string,
  registries: { sections: ReadonlyArray<RegisteredSection>; authors: ReadonlyArray<RegisteredAuthor> },
  timeZone: string,
): string[] {
  const { frontmatter } = parseArticleSource(source);
  const named = resolveRegisteredNames(frontmatter, registries);
  const checked = articleSchemaIn(timeZone).safeParse(named.frontmatter);
  const issues = [...named.problems, ...(checked.success ? [] : checked.error.issues)];
  return issues.map(({ path, message }) => `${path.length > 0 ? `${fieldLabel(path, frontmatter)}: ` : ''}${message}`);
}

/**
 * The slug an article file gives its article, as the build reads it: `<slug>.md`, or
 * `<slug>/index.md` for an article with its photos beside it, at any depth. Slugs are the
 * site's, not a folder's: two files with one slug stop the build.
 */
export function articleSlugOf(file: string): string {
  return basename(file) === 'index.md' ? basename(dirname(file)) : basename(file, '.md');
}

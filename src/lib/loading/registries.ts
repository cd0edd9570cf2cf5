/**
 * Reads the registries an article's names are checked against:
 * `content/sections.yaml` and `content/authors/*.md`. Read by the article
 * loader (to check and normalise names before anything is built) and by the
 * sections and authors collections (for the pages).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { globSync } from 'tinyglobby';
import { isSlug } from '#lib/addresses/slug.ts';
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import { AUTHORS_FOLDER, authorSchema, type RegisteredAuthor } from '#lib/content/authors.ts';
import { INFO_PAGES_FOLDER, infoPageSchema, type InfoPage } from '#lib/content/info-pages.ts';
import { ALIASED_COLLECTION, hasAliasedCollection, parseArticleSource } from '#lib/content/frontmatter.ts';
import { folded } from '#lib/content/registry-match.ts';
import {
  registeredSections,
  SECTIONS_FILE,
  sectionsFileSchema,
  type RegisteredSection,
  type RootAddressOwner,
} from '#lib/content/sections.ts';
import { imageLocationProblem } from './image-files.ts';
import { controlCharactersInValue, ESCAPED_CONTROL_CHARACTER } from '#lib/content/invisible-text.ts';
import { fileSizeProblem, nestingProblem } from '#lib/content/limits.ts';

export interface Registries {
  sections: RegisteredSection[];
  authors: RegisteredAuthor[];
  /** Problems in the registries themselves, each under its file. */
  problems: string[];
}

/**
 * The Markdown of a registry file, and its body's problem over the limits articles are held to
 * (size, nesting), which the site renders as it renders articles: a bio nested 5,000 deep
 * overflowed the stack naming no file.
 */
function readMarkdownFile(path: string, file: string): { frontmatter: Record<string, unknown>; body: string; limitProblem?: string } {
  // Measured before it is read: a 50 MB file is refused without holding it in memory.
  const tooBig = fileSizeProblem(file, statSync(path).size);
  if (tooBig) return { frontmatter: {}, body: '', limitProblem: tooBig };
  const text = readFileSync(path, 'utf8');
  const { frontmatter, body } = parseArticleSource(text);
  const tooDeep = nestingProblem(file, text, body);
  return tooDeep ? { frontmatter, body, limitProblem: tooDeep } : { frontmatter, body };
}

/** zod's issues as "field: problem" lines, list items counted from 1 as an editor counts them. */
function issueLines(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): string {
  return issues
    .map((issue) => {
      const path = issue.path.map((key) => (typeof key === 'number' ? `#${key + 1}` : String(key))).join(' › ');
      return `  ${path ? `${path}: ` : ''}${issue.message}`;
    })
    .join('\n');
}

/** The control characters a file's parsed values hold (written as YAML escapes, which its text check cannot see), as issue lines. */
function escapedControlCharacters(value: unknown): string | undefined {
  const found = controlCharactersInValue(value);
  return found.length > 0 ? issueLines(found.map(({ path, code }) => ({ path, message: ESCAPED_CONTROL_CHARACTER(code) }))) : undefined;
}

export function readSections(root: string, contentDir: string, rootOwner: RootAddressOwner): Pick<Registries, 'sections' | 'problems'> {
  const file = join(contentDir, SECTIONS_FILE);
  const shown = relative(root, file);
  if (!existsSync(file))
    return {
      sections: [],
      problems: [`${shown}\n  the sections registry is missing: list the site's sections there (see docs/authoring.md)`],
    };
  // A 50 MB registry took 10 s to parse into 120,000 sections, each then on every page's navigation.
  const tooBig = fileSizeProblem(shown, statSync(file).size, '(a hundred sections with descriptions take about 10 KB)');
  if (tooBig) return { sections: [], problems: [tooBig] };
  let parsed: unknown;
  try {
    parsed = loadYaml(readFileSync(file, 'utf8'), { schema: CORE_SCHEMA });
  } catch (error) {
    return { sections: [], problems: [`${shown}\n  not valid YAML: ${(error as Error).message}`] };
  }
  if (hasAliasedCollection(parsed)) return { sections: [], problems: [`${shown}\n  ${ALIASED_COLLECTION}`] };
  const escaped = escapedControlCharacters(parsed);
  if (escaped) return { sections: [], problems: [`${shown}\n${escaped}`] };
  const checked = sectionsFileSchema.safeParse(parsed);
  if (!checked.success) return { sections: [], problems: [`${shown}\n${issueLines(checked.error.issues)}`] };
  const { sections, problems } = registeredSections(checked.data, rootOwner);
  return { sections, problems: problems.map((problem) => `${shown}\n  ${problem}`) };
}

/**
 * The `*.md` files of one registry folder, in name order, each with the problem
 * its name has when it cannot be an address (naming the address, `addressOf`,
 * it would have had).
 */
function registryFiles(
  root: string,
  folder: string,
  addressOf: (slug: string) => string,
): Array<{ path: string; file: string; slug: string; nameProblem?: string }> {
  return globSync('*.md', { cwd: folder, absolute: true })
    .sort()
    .map((path) => {
      const file = relative(root, path);
      const slug = basename(path, '.md');
      return isSlug(slug)
        ? { path, file, slug }
        : {
            path,
            file,
            slug,
            nameProblem: `${file}\n  file name: "${slug}" cannot be an address (${addressOf(slug)}); use lowercase letters, digits and single hyphens`,
          };
    });
}

export function readAuthors(root: string, contentDir: string): Pick<Registries, 'authors' | 'problems'> {
  const authors: RegisteredAuthor[] = [];
  const problems: string[] = [];
  for (const { path, file, slug, nameProblem } of registryFiles(root, join(contentDir, AUTHORS_FOLDER), (slug) => `/by/${slug}/`)) {
    if (nameProblem) {
      problems.push(nameProblem);
      continue;
    }
    try {
      const { frontmatter, limitProblem } = readMarkdownFile(path, file);
      const escaped = escapedControlCharacters(frontmatter);
      const checked = authorSchema.safeParse(frontmatter);
      const portrait = checked.success && checked.data.photo ? resolve(dirname(path), checked.data.photo) : undefined;
      // Refused here, before the authors' loader reads the portrait, which would follow the link.
      const portraitLocation = portrait && imageLocationProblem(portrait, contentDir);
      if (limitProblem) problems.push(limitProblem);
      else if (escaped) problems.push(`${file}\n${escaped}`);
      else if ('photoSource' in frontmatter) {
        problems.push(
          `${file}\n  photoSource: unknown field "photoSource": the build reads the photo's size and hash from its file itself`,
        );
      } else if (!checked.success) problems.push(`${file}\n${issueLines(checked.error.issues)}`);
      else if (portrait && !existsSync(portrait)) {
        problems.push(`${file}\n  photo: there is no file ${relative(root, portrait)}; put the photo beside the author's file`);
      } else if (portrait && portraitLocation) problems.push(`${file}\n  photo: ${relative(root, portrait)} ${portraitLocation}`);
      else authors.push({ ...checked.data, slug, file });
    } catch (error) {
      problems.push(`${file}\n  frontmatter: ${(error as Error).message}`);
    }
  }
  const byName = new Map<string, string>();
  for (const author of authors) {
    // As bylines are matched (registry-match.ts): one name in NFC and NFD, or in two cases, is one name.
    const earlier = byName.get(folded(author.name));
    if (earlier)
      problems.push(`${author.file}\n  name: "${author.name}" is also the name of ${earlier}; one person or organisation, one file`);
    else byName.set(folded(author.name), author.file);
  }
  return { authors, problems };
}

/** Both registries under `contentDir`, paths in messages relative to `root`. */
/**
 * The standing pages, `content/pages/*.md`, and their problems, each under its
 * file. Their names are addresses at the site's root, so each must be a slug no
 * reserved folder or section already claims (`rootOwner`: true for the site's own,
 * or the words naming the section that has it).
 */
export function readInfoPages(root: string, contentDir: string, rootOwner: RootAddressOwner): { pages: InfoPage[]; problems: string[] } {
  const pages: InfoPage[] = [];
  const problems: string[] = [];
  for (const { path, file, slug, nameProblem } of registryFiles(root, join(contentDir, INFO_PAGES_FOLDER), (slug) => `/${slug}/`)) {
    if (nameProblem) {
      problems.push(nameProblem);
      continue;
    }
    const owner = rootOwner(slug);
    if (owner === true) {
      problems.push(`${file}\n  file name: /${slug}/ is an address the site already uses; choose another name`);
      continue;
    }
    if (owner) {
      problems.push(`${file}\n  file name: /${slug}/ is also the address of ${owner}; rename the page, or give the section another slug`);
      continue;
    }
    try {
      const { frontmatter, body, limitProblem } = readMarkdownFile(path, file);
      const escaped = escapedControlCharacters(frontmatter);
      const checked = infoPageSchema.safeParse(frontmatter);
      if (limitProblem) problems.push(limitProblem);
      else if (escaped) problems.push(`${file}\n${escaped}`);
      else if (!checked.success) problems.push(`${file}\n${issueLines(checked.error.issues)}`);
      else if (body.trim() === '') problems.push(`${file}\n  body: the page has no text`);
      else pages.push({ ...checked.data, slug, file, body });
    } catch (error) {
      problems.push(`${file}\n  frontmatter: ${(error as Error).message}`);
    }
  }
  return { pages, problems };
}

/** The address of each standing page, /<slug>/, with its file as messages show it; a file whose name is not a slug has none. */
export function standingPageFiles(root: string, contentDir: string): Map<string, string> {
  const files = registryFiles(root, join(contentDir, INFO_PAGES_FOLDER), (slug) => `/${slug}/`);
  return new Map(files.filter((entry) => !entry.nameProblem).map(({ slug, file }) => [`/${slug}/`, file]));
}

export function readRegistries(root: string, contentDir: string, rootOwner: RootAddressOwner): Registries {
  const sections = readSections(root, contentDir, rootOwner);
  const authors = readAuthors(root, contentDir);
  return { sections: sections.sections, authors: authors.authors, problems: [...sections.problems, ...authors.problems] };
}

/** An author's bio: the Markdown below the frontmatter of their file. */
export function readAuthorBio(root: string, author: Pick<RegisteredAuthor, 'file'>): string {
  return parseArticleSource(readFileSync(join(root, author.file), 'utf8')).body;
}

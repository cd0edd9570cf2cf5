/**
 * Reads the registries an article's names are checked against:
 * `content/sections.yaml` and `content/authors/*.md`. Read by the article
 * loader (to check and normalise names before anything is built) and by the
 * sections and authors collections (for the pages).
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { globSync } from 'tinyglobby';
import { isSlug } from '#lib/addresses/slug.ts';
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import { AUTHORS_FOLDER, authorSchema, type RegisteredAuthor } from '#lib/content/authors.ts';
import { INFO_PAGES_FOLDER, infoPageSchema, type InfoPage } from '#lib/content/info-pages.ts';
import { parseArticleSource } from '#lib/content/frontmatter.ts';
import { fileSizeProblem, nestingProblem } from '#lib/content/limits.ts';
import { registeredSections, SECTIONS_FILE, sectionsFileSchema, type RegisteredSection } from '#lib/content/sections.ts';

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
  const bytes = readFileSync(path);
  const tooBig = fileSizeProblem(file, bytes.length);
  if (tooBig) return { frontmatter: {}, body: '', limitProblem: tooBig };
  const text = bytes.toString('utf8');
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

export function readSections(
  root: string,
  contentDir: string,
  isRootName: (slug: string) => boolean,
): Pick<Registries, 'sections' | 'problems'> {
  const file = join(contentDir, SECTIONS_FILE);
  const shown = relative(root, file);
  if (!existsSync(file))
    return {
      sections: [],
      problems: [`${shown}\n  the sections registry is missing: list the site's sections there (see docs/authoring.md)`],
    };
  let parsed: unknown;
  try {
    parsed = loadYaml(readFileSync(file, 'utf8'), { schema: CORE_SCHEMA });
  } catch (error) {
    return { sections: [], problems: [`${shown}\n  not valid YAML: ${(error as Error).message}`] };
  }
  const checked = sectionsFileSchema.safeParse(parsed);
  if (!checked.success) return { sections: [], problems: [`${shown}\n${issueLines(checked.error.issues)}`] };
  const { sections, problems } = registeredSections(checked.data, isRootName);
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
      const checked = authorSchema.safeParse(frontmatter);
      if (limitProblem) problems.push(limitProblem);
      else if (!checked.success) problems.push(`${file}\n${issueLines(checked.error.issues)}`);
      else if (checked.data.photo && !existsSync(resolve(dirname(path), checked.data.photo))) {
        problems.push(
          `${file}\n  photo: there is no file ${relative(root, resolve(dirname(path), checked.data.photo))}; put the photo beside the author's file`,
        );
      } else authors.push({ ...checked.data, slug, file });
    } catch (error) {
      problems.push(`${file}\n  frontmatter: ${(error as Error).message}`);
    }
  }
  const byName = new Map<string, string>();
  for (const author of authors) {
    const folded = author.name.toLowerCase();
    const earlier = byName.get(folded);
    if (earlier)
      problems.push(`${author.file}\n  name: "${author.name}" is also the name of ${earlier}; one person or organisation, one file`);
    else byName.set(folded, author.file);
  }
  return { authors, problems };
}

/** Both registries under `contentDir`, paths in messages relative to `root`. */
/**
 * The standing pages, `content/pages/*.md`, and their problems, each under its
 * file. Their names are addresses at the site's root, so each must be a slug no
 * reserved folder or section already claims (`isRootName`).
 */
export function readInfoPages(
  root: string,
  contentDir: string,
  isRootName: (slug: string) => boolean,
): { pages: InfoPage[]; problems: string[] } {
  const pages: InfoPage[] = [];
  const problems: string[] = [];
  for (const { path, file, slug, nameProblem } of registryFiles(root, join(contentDir, INFO_PAGES_FOLDER), (slug) => `/${slug}/`)) {
    if (nameProblem) {
      problems.push(nameProblem);
      continue;
    }
    if (isRootName(slug)) {
      problems.push(`${file}\n  file name: /${slug}/ is an address the site already uses; choose another name`);
      continue;
    }
    try {
      const { frontmatter, body, limitProblem } = readMarkdownFile(path, file);
      const checked = infoPageSchema.safeParse(frontmatter);
      if (limitProblem) problems.push(limitProblem);
      else if (!checked.success) problems.push(`${file}\n${issueLines(checked.error.issues)}`);
      else if (body.trim() === '') problems.push(`${file}\n  body: the page has no text`);
      else pages.push({ ...checked.data, slug, file, body });
    } catch (error) {
      problems.push(`${file}\n  frontmatter: ${(error as Error).message}`);
    }
  }
  return { pages, problems };
}

export function readRegistries(root: string, contentDir: string, isRootName: (slug: string) => boolean): Registries {
  const sections = readSections(root, contentDir, isRootName);
  const authors = readAuthors(root, contentDir);
  return { sections: sections.sections, authors: authors.authors, problems: [...sections.problems, ...authors.problems] };
}

/** An author's bio: the Markdown below the frontmatter of their file. */
export function readAuthorBio(root: string, author: Pick<RegisteredAuthor, 'file'>): string {
  return parseArticleSource(readFileSync(join(root, author.file), 'utf8')).body;
}

/**
 * The content loader for articles: every `**\/*.md` file under a folder.
 *
 * Unlike Astro's glob loader it keeps only each entry's validated frontmatter
 * (id, data, file path, digest) in the content store. The body is read and
 * rendered by the page when it is built, so the store stays small however many
 * articles there are: Astro serialises the whole store into one string, which
 * is what makes very large archives run out of memory or string length.
 *
 * It also validates every file before failing, so an author sees all the
 * problems at once, each under the file it belongs to.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { glob } from 'tinyglobby';
import { permalink } from '#lib/addresses/permalink.ts';
import { isSlug } from '#lib/addresses/slug.ts';
import { findAddressConflicts } from '#lib/content/address-conflicts.ts';
import { crossEntryProblems, relatedLinkProblems, tagSpellingNotes, type CheckedArticle } from '#lib/content/entry-checks.ts';
import { fieldLabel } from '#lib/content/field-label.ts';
import { fieldPosition, parseArticleSource, type FrontmatterError } from '#lib/content/frontmatter.ts';
import { articleSchemaIn, type Article } from '#lib/content/schema.ts';
import { resolveRegisteredNames } from '#lib/content/registered-names.ts';
import { controlCharactersInValue, ESCAPED_CONTROL_CHARACTER, firstControlCharacter, hasVisibleText } from '#lib/content/invisible-text.ts';
import { decodeArticleFile } from '#lib/content/text-encoding.ts';
import { fileSizeProblem, nestingProblem } from '#lib/content/limits.ts';
import { articleSlugOf } from '#lib/content/new-article-source.ts';
import { isScheduled } from '#lib/content/scheduling.ts';
import { settings } from '#lib/settings.ts';
import { renderArticleBodiesAhead, renderArticleBody, type BodyToRender } from '#lib/cache/article-body.ts';
import { displayTypography } from '#lib/markdown/typographic-text.ts';
import { summarize } from '#lib/markdown/summary.ts';
import { projectRegistries } from './registry-loaders.ts';
import { standingPageFiles } from './registries.ts';
import { checkedImage, checkedPortrait, imageFileStamp, imageLocationProblem, linksOutside } from './image-files.ts';
import { rememberPhotoOriginals } from './photo-originals.ts';
import { articlePhotoUses } from '#lib/photos/photo-uses.ts';
import type { PhotoSource } from '#lib/photos/variant-plan.ts';
import { checkInputsDigest, fileDigest, readCheckRecords, writeCheckRecords, type CheckRecord } from './article-check-records.ts';
import { writeHeldBack, type HeldBackArticle } from './held-back.ts';

/** Every file ("/favicon.svg") and folder ("/images/") in public/, as the site serves them. */
function publicSitePaths(publicDir: string): string[] {
  if (!existsSync(publicDir)) return [];
  return readdirSync(publicDir, { withFileTypes: true, recursive: true }).map((entry) => {
    const path = `/${relative(publicDir, join(entry.parentPath, entry.name)).split(sep).join('/')}`;
    return entry.isDirectory() ? `${path}/` : path;
  });
}

class ContentValidationError extends Error {
  readonly problems: string[];

  constructor(problems: string[]) {
    super(`${problems.length} problem${problems.length === 1 ? '' : 's'} in the content; nothing was built:\n\n${problems.join('\n\n')}`);
    this.name = 'ContentValidationError';
    this.problems = problems;
  }
}

/**
 * Astro's schema errors open with a title and set field names in bold
 * Markdown; keep the "field: problem" lines. A problem with the whole
 * frontmatter (an unknown field) has an empty path, and so no field before its colon.
 */
export function schemaProblems(message: string): string {
  return message
    .split('\n')
    .filter((line) => line.trim() !== '' && !/does not match collection schema/.test(line))
    .map((line) => line.trim().replaceAll('**', '').replace(/^: /, ''))
    .map((line) => `  ${line}`)
    .join('\n');
}

/**
 * What a file in the articles folder is: an article (`*.md`); Markdown under
 * another extension (`*.MD`, `*.markdown`), which is refused rather than
 * skipped; a hidden Markdown file (a dot-file or in a dot-folder: backups,
 * drafts), skipped with a word; or anything else (photos beside articles).
 */
export function articleFileKind(pathInFolder: string): 'article' | 'other Markdown' | 'hidden' | 'other' {
  const markdown = /\.(md|markdown|mdown|mkdn?|mdwn|mdtxt|mdtext)$/i.test(pathInFolder);
  if (!markdown) return 'other';
  if (pathInFolder.split(/[\\/]/).some((segment) => segment.startsWith('.'))) return 'hidden';
  return pathInFolder.endsWith('.md') ? 'article' : 'other Markdown';
}

/** The 1-based line of the body where an image (`./river.jpg`) is first written, or undefined when it is not found as written. */
function bodyLineOf(body: string, path: string): number | undefined {
  const written = [path, path.replace(/^\.\//, '')];
  const index = body.split('\n').findIndex((line) => written.some((name) => line.includes(`(${name}`) || line.includes(`"${name}"`)));
  return index < 0 ? undefined : index + 1;
}

/**
 * A problem at its place in the file (`file:line:column`), its field as an editor reads it
 * (fieldLabel); `at` is where to point when that is not the field itself (an unknown key).
 */
function placedProblem(
  shownPath: string,
  text: string,
  frontmatter: Record<string, unknown>,
  path: ReadonlyArray<PropertyKey>,
  message: string,
  at = path,
): string {
  const { line, column } = fieldPosition(text, at);
  return `${shownPath}:${line}:${column}\n  ${path.length > 0 ? `${fieldLabel(path, frontmatter)}: ` : ''}${message}`;
}

/** A path to show in messages: relative to the project when inside it. */
function displayPath(root: string, file: string): string {
  const fromRoot = relative(root, file);
  return fromRoot.startsWith('..') ? file : fromRoot;
}

/** A file's checks passed far enough to store it: its validated data, its warnings, and its record unless it had a problem. */
interface CheckedFile {
  data: Record<string, unknown>;
  warnings: string[];
  record: CheckRecord | undefined;
}

/**
 * A file after the loader's first pass: its problems so far and, once read, its digest with
 * either its stored entry, which stands, or what is left of its checks (its body to render first).
 */
interface PendingFile {
  id: string;
  file: string;
  shownPath: string;
  problems: string[];
  digest?: string;
  unchanged?: CheckedFile;
  checking?: { body: BodyToRender; finish: () => Promise<CheckedFile | undefined> } | undefined;
}

/**
 * The digest an entry is stored under: the file's, and its images' stamps when it has any.
 * Astro keeps an entry whose digest is unchanged as it was, so a photo replaced under the same
 * name (new hash, new variants) would otherwise leave the old data in the store.
 */
function entryDigest(fileDigest: string, imageStamps: readonly string[]): string {
  return imageStamps.length === 0
    ? fileDigest
    : createHash('sha256')
        .update([fileDigest, ...imageStamps].join('\n'))
        .digest('hex');
}

export function articleLoader(options: { base: string; contentDir: string }): Loader {
  return {
    name: 'article-loader',
    // eslint-disable-next-line @typescript-eslint/unbound-method -- Astro's context functions are closures, not methods that need `this`.
    load: async ({ config, store, meta, parseData, logger }) => {
      const root = fileURLToPath(config.root);
      const base = resolve(root, options.base);
      const contentDir = resolve(root, options.contentDir);
      const registries = projectRegistries(root, options.contentDir);
      const articleSchema = articleSchemaIn(settings.timeZone);
      const problems: string[] = [...registries.problems];
      // A portrait is decoded here, as an article's photos are: the registries are read synchronously.
      // The authors' loader asks for the same check and gets this one's result (checkedPortrait).
      for (const author of registries.authors) {
        if (!author.photo) continue;
        const portrait = resolve(root, dirname(author.file), author.photo);
        const { problem } = await checkedPortrait(portrait);
        if (problem) problems.push(`${author.file}\n  photo: ${relative(root, portrait)}: ${problem}`);
      }
      const files: string[] = [];
      for (const file of (await glob('**/*', { cwd: base, absolute: true, dot: true })).sort()) {
        const found = articleFileKind(relative(base, file));
        if (found === 'article') files.push(file);
        else if (found === 'hidden') {
          logger.warn(
            `${displayPath(root, file)}: skipped, not published: a name starting with "." is a hidden file (an editor's backup or a draft); remove the dot to publish it`,
          );
        } else if (found === 'other Markdown') {
          problems.push(
            `${displayPath(root, file)}\n  file name: articles are read from files ending in ".md" (lowercase) and this one is not; rename it to end in ".md"`,
          );
        }
      }
      if (files.length === 0) logger.warn(`No articles found in ${displayPath(root, base)}`);

      /**
       * Reads, parses and checks one file up to its body: the body to render and what finishes
       * its checks (rendering it and validating the data), or undefined. Its problems go into
       * `problems`, the file's own list.
       */
      const prepareFile = (
        id: string,
        file: string,
        shownPath: string,
        bytes: Buffer,
        digest: string,
        problems: string[],
      ): PendingFile['checking'] => {
        const warnings: string[] = [];
        const tooBig = fileSizeProblem(shownPath, bytes.length);
        if (tooBig) {
          problems.push(tooBig);
          return undefined;
        }
        const decoded = decodeArticleFile(bytes);
        if ('problem' in decoded) {
          problems.push(`${shownPath}${decoded.line ? `:${decoded.line}` : ''}\n  text: ${decoded.problem}`);
          return undefined;
        }
        const { text } = decoded;
        const control = firstControlCharacter(text);
        if (control) {
          problems.push(
            `${shownPath}:${control.line}\n  text: a control character (${control.code}) no article needs, which would make the feeds and sitemaps malformed XML; delete it (an editor's "show invisibles" finds it)`,
          );
          return undefined;
        }
        let frontmatter: Record<string, unknown>;
        let body: string;
        try {
          ({ frontmatter, body } = parseArticleSource(text));
        } catch (error) {
          const { line, column, message } = error as FrontmatterError;
          problems.push(`${shownPath}${line ? `:${line}:${column}` : ''}\n  frontmatter: ${message}`);
          return undefined;
        }
        const bodyStartLine = text.slice(0, text.length - body.length).split('\n').length;
        const tooDeep = nestingProblem(shownPath, text, body);
        if (tooDeep) {
          problems.push(tooDeep);
          return undefined;
        }
        if (!hasVisibleText(body)) problems.push(`${shownPath}\n  body: the article has no text; write its body below the frontmatter`);

        // Each problem at its place in the file (file:line:column), its field as an editor reads it.
        const problemAt = (path: ReadonlyArray<PropertyKey>, message: string, at = path) =>
          problems.push(placedProblem(shownPath, text, frontmatter, path, message, at));
        // The text had none, so any control character here was written as a YAML escape.
        const escaped = controlCharactersInValue(frontmatter);
        for (const { path, code } of escaped) problemAt(path, ESCAPED_CONTROL_CHARACTER(code));
        if (escaped.length > 0) return undefined;
        const named = resolveRegisteredNames(frontmatter, registries);
        for (const problem of named.problems) problemAt(problem.path, problem.message);
        const checked = articleSchema.safeParse(named.frontmatter);
        const photoFile = checked.success && checked.data.photo?.src ? resolve(dirname(file), checked.data.photo.src) : undefined;
        if (photoFile && !existsSync(photoFile)) {
          problemAt(
            ['photo', 'src'],
            `there is no file ${relative(root, photoFile)}; put the photo beside the article, or correct the name`,
          );
          return undefined;
        }
        const photoLocation = photoFile && imageLocationProblem(photoFile, contentDir);
        if (photoLocation) {
          problemAt(['photo', 'src'], `${relative(root, photoFile)} ${photoLocation}`);
          return undefined;
        }
        if ('bodyImages' in frontmatter) problemAt(['bodyImages'], 'unknown field "bodyImages": the build lists the body\'s images itself');
        if ('photoSource' in frontmatter) {
          problemAt(['photoSource'], 'unknown field "photoSource": the build reads the photo\'s size and hash from its file itself');
        }
        if ('summary' in frontmatter) {
          problemAt(
            ['summary'],
            'unknown field "summary": the build takes the summary from the body itself; write a dek to describe the article in your own words',
          );
        }
        if (!checked.success) {
          for (const issue of checked.error.issues) {
            // The slugs are filled in from the registry whenever the section is registered; without one,
            // the section's own problem (missing, not text, not registered) says so, once.
            if (issue.path[0] === 'sectionSlug' || issue.path[0] === 'subsectionSlug') continue;
            // An unknown field is found at its own key, not at the object holding it.
            problemAt(issue.path, issue.message, issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path);
          }
          return undefined;
        }

        const options = { dateline: checked.data.dateline, typography: checked.data.typography };
        // Started now, while the bodies render: checked on every core, not one file after another.
        const photoChecked = photoFile ? checkedImage(photoFile) : undefined;
        const finish = async (): Promise<CheckedFile | undefined> => {
          try {
            // Checked before scheduling: a held-back article's problems show now, not on the day it goes live.
            const { changes, images } = await renderArticleBody(body, options);
            for (const change of changes) {
              const where = change.line === undefined ? shownPath : `${shownPath}:${bodyStartLine + change.line - 1}`;
              if (change.severity === 'error') problems.push(`${where}\n  body: ${change.message}`);
              else warnings.push(`${where}: ${change.message}`);
            }
            const missingImages = images.filter((path) => !existsSync(resolve(dirname(file), path)));
            for (const path of missingImages) {
              const line = bodyLineOf(body, path);
              problems.push(
                `${shownPath}${line === undefined ? '' : `:${bodyStartLine + line - 1}`}\n  body: there is no image file ${relative(root, resolve(dirname(file), path))}; put it beside the article, or correct the name`,
              );
            }
            // Each image decoded here, so a bad one is named with its article, not by a variant on a page.
            let badImages = 0;
            const photo = await photoChecked;
            if (photoFile && photo?.problem) {
              badImages++;
              problemAt(['photo', 'src'], `${relative(root, photoFile)}: ${photo.problem}`);
            }
            const bodyImages: Array<{ path: string; source: PhotoSource }> = [];
            for (const path of images.filter((image) => !missingImages.includes(image))) {
              const imageFile = resolve(dirname(file), path);
              const located = imageLocationProblem(imageFile, contentDir);
              const image = located ? { problem: located } : await checkedImage(imageFile);
              if (image.source) {
                bodyImages.push({ path, source: image.source });
                continue;
              }
              badImages++;
              const line = bodyLineOf(body, path);
              problems.push(
                `${shownPath}${line === undefined ? '' : `:${bodyStartLine + line - 1}`}\n  body: ${relative(root, imageFile)}${image.problem.startsWith('is ') ? ' ' : ': '}${image.problem}`,
              );
            }
            if (
              named.problems.length > 0 ||
              missingImages.length > 0 ||
              badImages > 0 ||
              'bodyImages' in frontmatter ||
              'photoSource' in frontmatter ||
              'summary' in frontmatter
            )
              return undefined;
            const imageFiles = [...(photoFile ? [photoFile] : []), ...images.map((path) => resolve(dirname(file), path))];
            // Each image's hash and upright size, which name and shape its variants (src/lib/photos/).
            const photoSource = photo?.source ? { photoSource: photo.source } : {};
            const data = await parseData({
              id,
              data: {
                ...displayTypography(named.frontmatter, checked.data.typography),
                ...photoSource,
                bodyImages,
                summary: summarize(body),
              },
              filePath: file,
            });
            // A file with a problem is never recorded: the next build must find the problem again.
            return {
              data,
              warnings,
              record: problems.length === 0 ? { digest, warnings, imageFiles, imageStamps: imageFiles.map(imageFileStamp) } : undefined,
            };
          } catch (error) {
            problems.push(`${shownPath}\n${schemaProblems((error as Error).message)}`);
            return undefined;
          }
        };
        return { body: { markdown: body, options }, finish };
      };

      const fileById = new Map<string, string>();
      const earlierRecords = readCheckRecords(meta, (message) => logger.warn(message));
      const records = new Map<string, CheckRecord>();
      const stored = new Set<string>();
      const inputs = checkInputsDigest(root, registries, settings);
      const published: CheckedArticle[] = [];
      const scheduled: string[] = [];
      const drafts: string[] = [];
      const heldBack: HeldBackArticle[] = [];
      const now = settings.buildTime;

      // First every file read and checked up to its body, then the bodies not yet rendered
      // rendered on every core, then each file finished in order: each file's problems are
      // listed together, in the files' order.
      const pending = files.map((file): PendingFile => {
        const shownPath = displayPath(root, file);
        // An article is a file, <slug>.md, or a folder, <slug>/index.md, with its photos beside it.
        const id = articleSlugOf(file);
        const fileProblems: string[] = [];
        const earlier = fileById.get(id);
        if (earlier) {
          fileProblems.push(`${shownPath}\n  file name: "${id}" is also the slug of ${earlier}; rename one of them`);
          return { id, file, shownPath, problems: fileProblems };
        }
        fileById.set(id, shownPath);
        if (!isSlug(id)) {
          fileProblems.push(
            `${shownPath}\n  file name: "${id}" cannot be an address; use lowercase letters, digits and single hyphens (e.g. "mexico-trump-relations.md")`,
          );
          return { id, file, shownPath, problems: fileProblems };
        }

        // A link into the project is fine (the test fixtures link the seed article from content/);
        // one out of it is never read: it could name any file the build can read, and a message could quote it.
        if (linksOutside(file, contentDir) && linksOutside(file, root)) {
          fileProblems.push(
            `${shownPath}\n  file: a symbolic link to a file outside the content folder and the project, which the build never reads; put the article itself there`,
          );
          return { id, file, shownPath, problems: fileProblems };
        }
        // Read synchronously: ten thousand small reads queued one by one on the
        // thread pool left the build idle for seconds.
        const bytes = readFileSync(file);
        const digest = fileDigest(inputs, relative(root, file), bytes);
        const kept = earlierRecords.get(id);
        const entry = store.get(id);
        // Unchanged since it was last stored, and so are its checks' inputs: its stored data stands.
        const read = { id, file, shownPath, problems: fileProblems, digest };
        if (
          kept?.digest === digest &&
          entry?.digest === entryDigest(digest, kept.imageStamps) &&
          kept.imageFiles.every((path, i) => imageFileStamp(path) === kept.imageStamps[i])
        ) {
          return { ...read, unchanged: { data: entry.data, record: kept, warnings: kept.warnings } };
        }
        return { ...read, checking: prepareFile(id, file, shownPath, bytes, digest, fileProblems) };
      });
      await renderArticleBodiesAhead(pending.flatMap((item) => (item.checking ? [item.checking.body] : [])));

      for (const { id, file, shownPath, problems: fileProblems, digest, unchanged, checking } of pending) {
        const checked = unchanged ?? (await checking?.finish());
        problems.push(...fileProblems);
        if (!checked || digest === undefined) continue;
        for (const warning of checked.warnings) logger.warn(warning);
        const article = checked.data as unknown as Article;
        if (article.draft && !settings.previewDrafts) {
          drafts.push(`  ${shownPath}`);
          heldBack.push({ id, file: shownPath, reason: 'draft' });
          continue;
        }
        if (isScheduled(article.date, now, settings.timeZone) && !settings.previewScheduled) {
          scheduled.push(`  ${shownPath}: ${article.date.iso}`);
          heldBack.push({ id, file: shownPath, reason: 'scheduled', date: article.date.iso });
          continue;
        }
        if (!unchanged) {
          store.set({
            id,
            data: checked.data,
            filePath: relative(root, file),
            digest: entryDigest(digest, checked.record?.imageStamps ?? []),
          });
        }
        stored.add(id);
        if (checked.record) records.set(id, checked.record);
        rememberPhotoOriginals(articlePhotoUses(file, article));
        published.push({ ...article, file: shownPath, data: article, permalink: permalink({ slug: id, ...article }, settings.timeZone) });
      }

      for (const id of store.keys()) if (!stored.has(id)) store.delete(id);
      writeCheckRecords(meta, records);
      writeHeldBack(settings.buildCacheDir, heldBack);
      if (drafts.length > 0) {
        logger.info(`${drafts.length} draft(s) held back (draft: true; npm run dev shows them):\n${drafts.join('\n')}`);
      }
      if (scheduled.length > 0) {
        logger.info(
          `${scheduled.length} scheduled article(s) held back until their date (PREVIEW_SCHEDULED=1 shows them):\n${scheduled.join('\n')}`,
        );
      }
      for (const note of tagSpellingNotes(published)) logger.warn(note);
      const isPublicFile = (sitePath: string) => existsSync(join(root, 'public', sitePath));
      const standingPages = standingPageFiles(root, resolve(root, options.contentDir));
      problems.push(
        ...findAddressConflicts(published),
        ...crossEntryProblems(published, publicSitePaths(join(root, 'public')), standingPages),
      );
      // Placed at their line and column: the file is read again, only when it has such a problem.
      const linkProblems = relatedLinkProblems(published, isPublicFile, standingPages);
      const fileByShownPath = linkProblems.length > 0 ? new Map(pending.map((item) => [item.shownPath, item.file])) : undefined;
      for (const { file, path, message } of linkProblems) {
        const text = readFileSync(fileByShownPath!.get(file)!, 'utf8');
        problems.push(placedProblem(file, text, parseArticleSource(text).frontmatter, path, message));
      }
      if (problems.length > 0) throw new ContentValidationError(problems);
    },
  };
}

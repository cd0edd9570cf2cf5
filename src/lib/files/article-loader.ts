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
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { glob } from 'tinyglobby';
import { permalink } from '#lib/addresses/permalink.ts';
import { findAddressConflicts } from '#lib/content/address-conflicts.ts';
import { crossEntryProblems, type CheckedArticle } from '#lib/content/entry-checks.ts';
import { parseArticleSource } from '#lib/content/frontmatter.ts';
import type { Article } from '#lib/content/schema.ts';
import { firstControlCharacter, hasVisibleText } from '#lib/content/invisible-text.ts';
import { isScheduled } from '#lib/content/scheduling.ts';
import { settings } from '#lib/settings.ts';

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

/** A path to show in messages: relative to the project when inside it. */
function displayPath(root: string, file: string): string {
  const fromRoot = relative(root, file);
  return fromRoot.startsWith('..') ? file : fromRoot;
}

export function articleLoader(options: { base: string }): Loader {
  return {
    name: 'article-loader',
    // eslint-disable-next-line @typescript-eslint/unbound-method -- Astro's context functions are closures, not methods that need `this`.
    load: async ({ config, store, parseData, generateDigest, logger }) => {
      const root = fileURLToPath(config.root);
      const base = resolve(root, options.base);
      const files = (await glob('**/*.md', { cwd: base, absolute: true })).sort();
      if (files.length === 0) logger.warn(`No articles found in ${displayPath(root, base)}`);

      const problems: string[] = [];
      const fileById = new Map<string, string>();
      const seen = new Set<string>();
      const published: CheckedArticle[] = [];
      const scheduled: string[] = [];
      const now = new Date();

      for (const file of files) {
        const shownPath = displayPath(root, file);
        const id = basename(file, '.md');
        const earlier = fileById.get(id);
        if (earlier) {
          problems.push(`${shownPath}\n  file name: "${id}" is also the slug of ${earlier}; rename one of them`);
          continue;
        }
        fileById.set(id, shownPath);
        if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
          problems.push(
            `${shownPath}\n  file name: "${id}" cannot be an address; use lowercase letters, digits and single hyphens (e.g. "mexico-trump-relations.md")`,
          );
          continue;
        }

        // Read synchronously: ten thousand small reads queued one by one on the
        // thread pool left the build idle for seconds.
        const text = readFileSync(file, 'utf8');
        const control = firstControlCharacter(text);
        if (control) {
          problems.push(
            `${shownPath}:${control.line}\n  text: a control character (${control.code}) no article needs, which would make the feeds and sitemaps malformed XML; delete it (an editor's "show invisibles" finds it)`,
          );
          continue;
        }
        let frontmatter: Record<string, unknown>;
        let body: string;
        try {
          ({ frontmatter, body } = parseArticleSource(text));
        } catch (error) {
          problems.push(`${shownPath}\n  frontmatter: ${(error as Error).message}`);
          continue;
        }
        if (!hasVisibleText(body)) problems.push(`${shownPath}\n  body: the article has no text; write its body below the frontmatter`);
        if (/<img\b|!\[[^\]]*\]\(/i.test(body)) {
          logger.warn(
            `${shownPath}: images in the body are not published; put the photo in the "photo" field (with alt, width and height)`,
          );
        }

        try {
          const data = await parseData({ id, data: frontmatter, filePath: file });
          const article = data as unknown as Article;
          if (isScheduled(article.date, now, settings.timeZone) && !settings.previewScheduled) {
            scheduled.push(`  ${shownPath}: ${article.date.iso}`);
            continue;
          }
          // The digest covers the validated data too: the store keeps an entry whose
          // digest is unchanged, so a schema change must change the digest.
          store.set({ id, data, filePath: relative(root, file), digest: generateDigest(JSON.stringify([text, data])) });
          seen.add(id);
          published.push({ ...article, file: shownPath, data: article, permalink: permalink({ slug: id, ...article }, settings.timeZone) });
        } catch (error) {
          problems.push(`${shownPath}\n${schemaProblems((error as Error).message)}`);
        }
      }

      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      if (scheduled.length > 0) {
        logger.info(
          `${scheduled.length} scheduled article(s) held back until their date (PREVIEW_SCHEDULED=1 shows them):\n${scheduled.join('\n')}`,
        );
      }
      problems.push(
        ...findAddressConflicts(published),
        ...crossEntryProblems(published, (sitePath) => existsSync(join(root, 'public', sitePath))),
      );
      if (problems.length > 0) throw new ContentValidationError(problems);
    },
  };
}

/**
 * `npm run new -- "Headline of the story" --section world --by "Ana Ruiz"`:
 * writes content/articles/<slug>.md with the required fields, today's date in
 * the site's zone and `draft: true`, then prints the file and the address the
 * article will have. `--one-off` credits a name that has no author page;
 * `--slug` chooses the file name.
 *
 * It refuses, writing nothing, whatever the build would refuse: a slug another article file
 * already has (anywhere under articles/), and frontmatter the build's schema and limits reject,
 * in the build's own words. A draft that stops every later build is no help to anyone.
 */
import { constants, copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns/format';
import { articlePath } from '#lib/addresses/permalink.ts';
import { isSlug } from '#lib/addresses/slug.ts';
import { ambiguousNameProblem, registeredMatches, unknownNameProblem, type Registered } from '#lib/content/registry-match.ts';
import {
  articleSlugOf,
  newArticleProblems,
  newArticleSource,
  slugFromHeadline,
  type NewArticlePhoto,
} from '#lib/content/new-article-source.ts';
import { globSync } from 'tinyglobby';
import { imageDecodingProblem } from '#lib/loading/image-files.ts';
import { projectRegistries } from '#lib/loading/registry-loaders.ts';
import { settings } from '#lib/settings.ts';

function stop(message: string): never {
  console.error(`npm run new: ${message}`);
  process.exit(1);
}

const USAGE = `Writes a new draft article, content/articles/<slug>.md, with today's date.

  npm run new -- "Headline of the story" --section <section> --by "<author>" [--one-off] [--slug <slug>]
                 [--photo <file> --alt "<what it shows>" --caption "<caption>" --credit "<credit>"]

  --section   a section from content/sections.yaml (any case)
  --by        a registered author (content/authors/), or any name with --one-off
  --one-off   credit a name that has no author page (wire copy, a guest)
  --slug      the file name, and the last part of the address (default: from the headline)
  --photo     a lead photo: the article becomes a folder, <slug>/index.md, with a copy of the photo
              beside it; give its --alt text, --caption and --credit too (the build requires them)
  --help      print this`;

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      section: { type: 'string' },
      by: { type: 'string' },
      'one-off': { type: 'boolean' },
      slug: { type: 'string' },
      photo: { type: 'string' },
      alt: { type: 'string' },
      caption: { type: 'string' },
      credit: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (error) {
  stop(`${(error as Error).message}\n\n${USAGE}`);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const headline = positionals.join(' ').trim();
if (!headline) stop('give the headline, in quotes: npm run new -- "Headline of the story" --section world --by "Your Name"');

/** The one registered entry `typed` names, as the build finds it (registry-match.ts); none or several stop here. */
function registered<Entry extends Registered>(typed: string, entries: ReadonlyArray<Entry>, what: string, unknown: () => string): Entry {
  const matches = registeredMatches(typed, entries);
  if (matches.length > 1) stop(ambiguousNameProblem(what, typed, matches));
  return matches[0] ?? stop(unknown());
}

const root = process.cwd();
const { sections, authors } = projectRegistries(root, settings.contentDir);
if (!values.section) stop(`name the section with --section (registered: ${sections.map((s) => s.name).join(', ')})`);
const typedSection = values.section;
const section = registered(typedSection, sections, 'section', () =>
  unknownNameProblem('section', typedSection, sections, 'content/sections.yaml'),
);
if (!values.by) stop(`name who wrote it with --by "Name" (registered: ${authors.map((a) => a.name).join(', ')}; or add --one-off)`);
const typedBy = values.by;
const author = values['one-off']
  ? undefined
  : registered(
      typedBy,
      authors,
      'author',
      () => `${unknownNameProblem('author', typedBy, authors, 'content/authors/<slug>.md')}; or add --one-off`,
    );

const slug = values.slug ?? slugFromHeadline(headline);
if (!values.slug && !isSlug(slug))
  stop(
    `the headline gives no file name of letters a-z and digits${slug ? ` ("${slug}")` : ''}; give one with --slug (lowercase letters, digits, hyphens)`,
  );
if (!isSlug(slug)) stop(`"${slug}" cannot be a file name; give one with --slug (lowercase letters, digits, hyphens)`);
const articlesDir = resolve(root, settings.contentDir, 'articles');
// The build reads slugs site-wide, from <slug>.md or <slug>/index.md in any folder.
const taken = globSync('**/*.md', { cwd: articlesDir, absolute: true }).find((existing) => articleSlugOf(existing) === slug);
if (taken)
  stop(`${relative(root, taken)} already exists; choose another slug with --slug (slugs are read from every folder under articles/)`);

/** The lead photo asked for, checked as the build checks it: a readable image, with the fields the build requires beside it. */
async function leadPhoto(): Promise<{ from: string; fields: NewArticlePhoto } | undefined> {
  const { photo, alt, caption, credit } = values;
  if (photo === undefined) {
    if (alt ?? caption ?? credit) stop('--alt, --caption and --credit describe a lead photo: give its file with --photo');
    return undefined;
  }
  const missing = Object.entries({ '--alt': alt, '--caption': caption, '--credit': credit }).filter(([, value]) => !value?.trim());
  if (missing.length > 0) {
    stop(
      `--photo needs ${missing.map(([option]) => option).join(', ')} too: the build refuses a photo without its alt text, caption and credit`,
    );
  }
  const from = resolve(photo);
  if (!existsSync(from)) stop(`there is no file ${photo}`);
  const problem = await imageDecodingProblem(from);
  if (problem) stop(`${photo}: ${problem}`);
  return { from, fields: { src: `./${basename(from)}`, alt: alt!, caption: caption!, credit: credit! } };
}
const photo = await leadPhoto();
// An article with a photo is a folder, <slug>/index.md, its photo beside it.
const file = photo ? join(articlesDir, slug, 'index.md') : join(articlesDir, `${slug}.md`);

const date = format(new TZDate(Date.now(), settings.timeZone), 'yyyy-MM-dd');
const byline = author ? [{ name: author.name }] : [{ name: values.by, oneOff: true as const }];
const source = newArticleSource({ headline, section: section.name, byline, date, photo: photo?.fields });
const problems = newArticleProblems(source, { sections, authors }, settings.timeZone);
if (problems.length > 0)
  stop(`the build would refuse this article, so nothing was written:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
let madeFolder = false;
try {
  if (photo) {
    mkdirSync(join(articlesDir, slug));
    madeFolder = true;
    copyFileSync(photo.from, join(articlesDir, slug, basename(photo.from)), constants.COPYFILE_EXCL);
  }
  writeFileSync(file, source, { flag: 'wx' });
} catch (error) {
  // Only a folder this run made goes: one that was there already is someone's work.
  if (madeFolder) rmSync(join(articlesDir, slug), { recursive: true, force: true });
  stop(`${relative(root, file)} could not be written (${(error as Error).message}); choose another slug with --slug`);
}
const address = articlePath({ id: slug, data: { sectionSlug: section.slug, date: { kind: 'day', iso: date } } }, settings.timeZone);
console.log(`Wrote ${relative(root, file)}${photo ? `, its photo beside it` : ''} (a draft: remove "draft: true" to publish it).`);
console.log(`It will be at ${new URL(address, settings.origin).href}; preview it with npm run dev at http://localhost:4321${address}`);

/**
 * `npm run new -- "Headline of the story" --section world --by "Ana Ruiz"`:
 * writes content/articles/<slug>.md with the required fields, today's date in
 * the site's zone and `draft: true`, then prints the file and the address the
 * article will have. `--one-off` credits a name that has no author page;
 * `--slug` chooses the file name.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns/format';
import { articlePath } from '#lib/addresses/permalink.ts';
import { isSlug } from '#lib/addresses/slug.ts';
import { ambiguousNameProblem, registeredMatches, unknownNameProblem, type Registered } from '#lib/content/registry-match.ts';
import { newArticleSource, slugFromHeadline } from '#lib/content/new-article.ts';
import { projectRegistries } from '#lib/files/registry-loaders.ts';
import { settings } from '#lib/settings.ts';

function stop(message: string): never {
  console.error(`npm run new: ${message}`);
  process.exit(1);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { section: { type: 'string' }, by: { type: 'string' }, 'one-off': { type: 'boolean' }, slug: { type: 'string' } },
});
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
if (!isSlug(slug)) stop(`"${slug}" cannot be a file name; give one with --slug (lowercase letters, digits, hyphens)`);
const file = resolve(root, settings.contentDir, 'articles', `${slug}.md`);
if (existsSync(file)) stop(`${relative(root, file)} already exists; choose another slug with --slug`);

const date = format(new TZDate(Date.now(), settings.timeZone), 'yyyy-MM-dd');
const byline = author ? [{ name: author.name }] : [{ name: values.by, oneOff: true as const }];
writeFileSync(file, newArticleSource({ headline, section: section.name, byline, date }), { flag: 'wx' });
const address = articlePath({ id: slug, data: { sectionSlug: section.slug, date: { kind: 'day', iso: date } } }, settings.timeZone);
console.log(`Wrote ${relative(root, file)} (a draft: remove "draft: true" to publish it).`);
console.log(`It will be at ${new URL(address, settings.origin).href}; preview it with npm run dev at http://localhost:4321${address}`);

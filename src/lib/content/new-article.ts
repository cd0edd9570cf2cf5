/**
 * The text of a new article file, as `npm run new` writes it: the required
 * fields filled in from what the writer gave, today's date, and `draft: true`
 * so nothing is published until an editor removes it. Pure: the date and the
 * registered names come in.
 */
import { dump } from 'js-yaml';
import { toSlug } from '#lib/addresses/slug.ts';

/** A file name from a headline: its first words, at most 60 characters, cut at a hyphen. */
export function slugFromHeadline(headline: string): string {
  const slug = toSlug(headline);
  if (slug.length <= 60) return slug;
  const cut = slug.slice(0, 61);
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : 60).replace(/-$/, '');
}

export function newArticleSource(entry: { headline: string; section: string; byline: { name: string; oneOff?: true }[]; date: string }): string {
  const frontmatter = dump(
    { headline: entry.headline, byline: entry.byline, date: entry.date, section: entry.section, draft: true },
    { lineWidth: -1 },
  );
  return `---\n${frontmatter}---\n\nWrite the article here, in Markdown. Remove "draft: true" above to publish it.\n`;
}

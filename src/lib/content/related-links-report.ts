/**
 * Related items whose address is not known stay in the entry (nothing the
 * author wrote is dropped) and are shown unlinked. The build names them so an
 * editor can fill the addresses in.
 */
export interface EntryRelatedLinks {
  file: string;
  links: ReadonlyArray<{ title: string; url?: string | undefined }>;
}

/** Entries named one by one; beyond them the report gives a count, so a large archive does not bury the build log. */
const REPORTED_ENTRIES = 20;

/** A report of the entries with unlinked related items, or '' when there are none. */
export function reportUnlinkedRelatedItems(entries: ReadonlyArray<EntryRelatedLinks>): string {
  const withUnlinked = entries
    .map(({ file, links }) => ({ file, total: links.length, unlinked: links.filter((link) => !link.url) }))
    .filter((entry) => entry.unlinked.length > 0);
  if (withUnlinked.length === 0) return '';
  const lines = withUnlinked
    .slice(0, REPORTED_ENTRIES)
    .flatMap(({ file, total, unlinked }) => [
      `  ${file}: ${unlinked.length} of ${total} related items have no url:`,
      ...unlinked.map((l) => `    - ${l.title}`),
    ]);
  const rest = withUnlinked.length - REPORTED_ENTRIES;
  if (rest > 0) lines.push(`  ... and ${rest} more entries with related items that have no url`);
  return ['[related links] entries with related items shown without a link:', ...lines].join('\n');
}

/** One line in place of the report when it has not changed since the build that printed it. */
export function summariseUnlinkedRelatedItems(entries: ReadonlyArray<EntryRelatedLinks>): string {
  const counts = entries.map(({ links }) => links.filter((link) => !link.url).length).filter((count) => count > 0);
  const items = counts.reduce((sum, count) => sum + count, 0);
  return `[related links] ${items} related item${items === 1 ? '' : 's'} in ${counts.length} entr${counts.length === 1 ? 'y' : 'ies'} shown without a link, as listed by an earlier build (unchanged since)`;
}

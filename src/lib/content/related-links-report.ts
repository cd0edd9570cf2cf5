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
    .flatMap(({ file, total, unlinked }) => [`  ${file}: ${unlinked.length} of ${total} related items have no url:`, ...unlinked.map((l) => `    - ${l.title}`)]);
  const rest = withUnlinked.length - REPORTED_ENTRIES;
  if (rest > 0) lines.push(`  ... and ${rest} more entries with related items that have no url`);
  return ['[related links] entries with related items shown without a link:', ...lines].join('\n');
}

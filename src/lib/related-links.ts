/**
 * Related items whose address is not known stay in the entry (nothing the
 * author wrote is dropped) and are shown unlinked. The build names them so an
 * editor can fill the addresses in.
 */
export interface EntryRelatedLinks {
  file: string;
  links: ReadonlyArray<{ title: string; url?: string | undefined }>;
}

/** A report of every entry with unlinked related items, or '' when there are none. */
export function reportUnlinkedRelatedItems(entries: ReadonlyArray<EntryRelatedLinks>): string {
  const lines = entries.flatMap(({ file, links }) => {
    const unlinked = links.filter((link) => !link.url);
    if (unlinked.length === 0) return [];
    return [`  ${file}: ${unlinked.length} of ${links.length} related items have no url:`, ...unlinked.map((l) => `    - ${l.title}`)];
  });
  return lines.length === 0 ? '' : ['[related links] entries with related items shown without a link:', ...lines].join('\n');
}

import { describe, expect, it } from 'vitest';
import { reportUnlinkedRelatedItems, summariseUnlinkedRelatedItems } from '#lib/content/related-links-report.ts';

describe('reportUnlinkedRelatedItems', () => {
  it('is empty when every related item has an address', () => {
    expect(reportUnlinkedRelatedItems([{ file: 'a.md', links: [{ title: 'A', url: '/a/' }] }])).toBe('');
  });

  it('names the file and each unlinked headline', () => {
    const report = reportUnlinkedRelatedItems([
      { file: 'content/articles/a.md', links: [{ title: 'Linked', url: '/x/' }, { title: 'No address' }] },
    ]);
    expect(report).toContain('content/articles/a.md: 1 of 2');
    expect(report).toContain('- No address');
    expect(report).not.toContain('Linked');
  });

  it('names the first entries and counts the rest, so a large archive does not bury the build log', () => {
    const entries = Array.from({ length: 25 }, (_, i) => ({ file: `a${i}.md`, links: [{ title: `T${i}` }] }));
    const report = reportUnlinkedRelatedItems(entries);
    expect(report).toContain('a19.md: 1 of 1');
    expect(report).not.toContain('a20.md');
    expect(report).toContain('... and 5 more entries');
  });
});

describe('summariseUnlinkedRelatedItems', () => {
  it('counts the unlinked items and the entries that have them, in one line', () => {
    const summary = summariseUnlinkedRelatedItems([
      { file: 'a.md', links: [{ title: 'A' }, { title: 'B' }, { title: 'C', url: '/c/' }] },
      { file: 'b.md', links: [{ title: 'D' }] },
      { file: 'c.md', links: [{ title: 'E', url: '/e/' }] },
    ]);
    expect(summary).toBe(
      '[related links] 3 related items in 2 entries shown without a link, as listed by an earlier build (unchanged since)',
    );
  });
});

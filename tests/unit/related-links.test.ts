import { describe, expect, it } from 'vitest';
import { reportUnlinkedRelatedItems } from '../../src/lib/related-links.ts';

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
});

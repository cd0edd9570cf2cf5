import { describe, expect, it } from 'vitest';
import { findAddressConflicts } from '#lib/content/address-conflicts.ts';

describe('findAddressConflicts', () => {
  it('finds nothing when every address is claimed once', () => {
    expect(
      findAddressConflicts([
        { file: 'a.md', permalink: '/world/2018/05/09/a/', redirectFrom: ['/old-a/'] },
        { file: 'b.md', permalink: '/world/2018/05/09/b/', redirectFrom: [] },
      ]),
    ).toEqual([]);
  });

  it('names both files when two articles share a permalink', () => {
    const problems = findAddressConflicts([
      { file: 'one/a.md', permalink: '/world/2018/05/09/a/', redirectFrom: [] },
      { file: 'two/a.md', permalink: '/world/2018/05/09/a/', redirectFrom: [] },
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^two\/a\.md\n {2}permalink: .*of one\/a\.md/);
  });

  it('names both files when two articles claim the same old path', () => {
    const problems = findAddressConflicts([
      { file: 'a.md', permalink: '/x/2018/01/01/a/', redirectFrom: ['/old/'] },
      { file: 'b.md', permalink: '/x/2018/01/01/b/', redirectFrom: ['/old/'] },
    ]);
    expect(problems).toEqual([expect.stringMatching(/^b\.md\n {2}redirectFrom: "\/old\/" is already the redirectFrom path of a\.md/)]);
  });

  it('rejects an old path that is another article’s permalink', () => {
    const problems = findAddressConflicts([
      { file: 'a.md', permalink: '/x/2018/01/01/a/', redirectFrom: [] },
      { file: 'b.md', permalink: '/x/2018/01/01/b/', redirectFrom: ['/x/2018/01/01/a/'] },
    ]);
    expect(problems).toEqual([expect.stringMatching(/^b\.md\n {2}redirectFrom: .*already the permalink of a\.md/)]);
  });

  it('rejects an old path that is the article’s own permalink', () => {
    const problems = findAddressConflicts([{ file: 'a.md', permalink: '/x/2018/01/01/a/', redirectFrom: ['/x/2018/01/01/a/'] }]);
    expect(problems).toEqual([expect.stringMatching(/own permalink/)]);
  });
});

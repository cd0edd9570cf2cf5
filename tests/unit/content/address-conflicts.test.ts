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

describe('findAddressConflicts: spellings a host or disk takes for one address', () => {
  it.each([
    ['in capitals', '/Old/'],
    ['with an escaped letter', '/%6Fld/'],
    ['as its index.html', '/old/index.html/'],
  ])('names both files when two old paths differ only %s', (_how, spelling) => {
    const problems = findAddressConflicts([
      { file: 'a.md', permalink: '/x/2018/01/01/a/', redirectFrom: ['/old/'] },
      { file: 'b.md', permalink: '/x/2018/01/01/b/', redirectFrom: [spelling] },
    ]);
    expect(problems).toEqual([
      `b.md\n  redirectFrom: "${spelling}" is already the redirectFrom path of a.md (as "/old/": hosts and disks may take one spelling for the other); each old path can lead to one article only`,
    ]);
  });

  it("refuses an old path that is the article's own permalink in capitals", () => {
    expect(findAddressConflicts([{ file: 'a.md', permalink: '/x/2018/01/01/a/', redirectFrom: ['/X/2018/01/01/A/'] }])).toEqual([
      expect.stringMatching(
        /^a\.md\n {2}redirectFrom: "\/X\/2018\/01\/01\/A\/" is the article's own permalink \(as "\/x\/2018\/01\/01\/a\/"/,
      ),
    ]);
  });
});

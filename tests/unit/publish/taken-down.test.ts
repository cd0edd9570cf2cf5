import { describe, expect, it } from 'vitest';
import { describeTakenDown, takenDownArticles } from '#publish/taken-down.ts';

const PAGE = 'world/2024/03/05/council-vote/index.html';

describe('takenDownArticles', () => {
  it('says a removed article page whose file is now a draft was taken down as a draft', () => {
    const heldBack = [{ id: 'council-vote', file: 'content/articles/council-vote.md', reason: 'draft' as const }];
    expect(takenDownArticles([PAGE], [], heldBack)).toEqual([
      { path: '/world/2024/03/05/council-vote/', reason: 'draft', file: 'content/articles/council-vote.md' },
    ]);
  });

  it('says a removed article page whose file is now dated later waits for its date', () => {
    const heldBack = [{ id: 'council-vote', file: 'content/articles/council-vote.md', reason: 'scheduled' as const, date: '2099-01-01' }];
    expect(takenDownArticles([PAGE], [], heldBack)).toEqual([
      { path: '/world/2024/03/05/council-vote/', reason: 'scheduled', file: 'content/articles/council-vote.md', date: '2099-01-01' },
    ]);
  });

  it('says an article page removed while a page of the same name was added has moved there', () => {
    expect(takenDownArticles([PAGE], ['local/2024/03/06/council-vote/index.html'], [])).toEqual([
      { path: '/world/2024/03/05/council-vote/', reason: 'moved', movedTo: '/local/2024/03/06/council-vote/' },
    ]);
  });

  it('says an article page removed with nothing held back or added of its name was deleted', () => {
    expect(takenDownArticles([PAGE], [], [])).toEqual([{ path: '/world/2024/03/05/council-vote/', reason: 'deleted' }]);
  });

  it('leaves out removed files that are not article pages (a card, a listing page, a search file)', () => {
    const removed = [
      'world/2024/03/05/council-vote/social-card.png',
      'world/page/2024-03-04-a/index.html',
      'pagefind/fragment/en_1.pf_fragment',
    ];
    expect(takenDownArticles(removed, [], [])).toEqual([]);
  });
});

describe('describeTakenDown', () => {
  it('tells an editor how to keep a moved article reachable at its old address', () => {
    expect(describeTakenDown({ path: '/world/2024/03/05/a/', reason: 'moved', movedTo: '/local/2024/03/06/a/' })).toBe(
      "/world/2024/03/05/a/: now at /local/2024/03/06/a/ (its section or date changed); to keep links to the old address working, add it to the article's redirectFrom",
    );
  });

  it('names the file marked as a draft', () => {
    expect(describeTakenDown({ path: '/world/2024/03/05/a/', reason: 'draft', file: 'content/articles/a.md' })).toBe(
      '/world/2024/03/05/a/: content/articles/a.md is marked "draft: true"',
    );
  });
});

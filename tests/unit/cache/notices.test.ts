import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { noticeOncePerChange } from '#lib/cache/notices.ts';
import { temporaryFolder } from '../../support/temporary-folder.ts';

describe('noticeOncePerChange', () => {
  const folder = () => join(temporaryFolder('notices'), 'notices');

  it('prints a notice in full the first time', () => {
    expect(noticeOncePerChange(folder(), 'topic', 'full notice', 'summary')).toBe('full notice');
  });

  it('prints the summary while the notice is unchanged', () => {
    const kept = folder();
    noticeOncePerChange(kept, 'topic', 'full notice', 'summary');
    expect(noticeOncePerChange(kept, 'topic', 'full notice', 'summary')).toBe('summary');
    expect(noticeOncePerChange(kept, 'topic', 'full notice', 'summary')).toBe('summary');
  });

  it('prints it in full again when it changes', () => {
    const kept = folder();
    noticeOncePerChange(kept, 'topic', 'full notice', 'summary');
    expect(noticeOncePerChange(kept, 'topic', 'a changed notice', 'summary')).toBe('a changed notice');
  });

  it('keeps topics apart', () => {
    const kept = folder();
    noticeOncePerChange(kept, 'one', 'full notice', 'summary');
    expect(noticeOncePerChange(kept, 'two', 'full notice', 'summary')).toBe('full notice');
  });
});

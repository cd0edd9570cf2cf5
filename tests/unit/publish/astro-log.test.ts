import { describe, expect, it } from 'vitest';
import { separatedLogLines } from '#publish/astro-log.ts';

describe('separatedLogLines', () => {
  it('gives each page of a run-together list its own line, without the timings', () => {
    expect(separatedLogLines('01:21:27   ├─ /404.html01:21:27   ├─ /by/the-post/index.html01:21:27   └─ /rss.xml (+30ms) ')).toEqual([
      '01:21:27   ├─ /404.html',
      '01:21:27   ├─ /by/the-post/index.html',
      '01:21:27   └─ /rss.xml',
    ]);
  });

  it('does the same with the colours of a terminal', () => {
    const dim = (text: string) => `\u001b[2m${text}\u001b[22m`;
    expect(separatedLogLines(`${dim('01:21:27')}   ├─ /a/${dim('01:21:28')}   ├─ /b/ ${dim('(+1.2s)')}`)).toEqual([
      `${dim('01:21:27')}   ├─ /a/`,
      `${dim('01:21:28')}   ├─ /b/`,
    ]);
  });

  it.each([' (+5ms) ', '(+1.2s)', ' \u001b[2m(+19ms)\u001b[22m '])('drops a timing left on a line of its own: %j', (line) => {
    expect(separatedLogLines(line)).toEqual([]);
  });

  it('leaves other lines as they are, timings included', () => {
    expect(separatedLogLines('01:21:20 [build] 12 page(s) built in 3.21s (+5ms)')).toEqual([
      '01:21:20 [build] 12 page(s) built in 3.21s (+5ms)',
    ]);
  });

  it('keeps a page line that is already alone', () => {
    expect(separatedLogLines('01:21:27   ├─ /world/ (+12ms)')).toEqual(['01:21:27   ├─ /world/']);
  });
});

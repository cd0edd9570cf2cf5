import { describe, expect, it } from 'vitest';
import { separatedLogLines, withoutInternals } from '#publish/astro-log.ts';

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

  it('keeps blank lines, which separate the problems of a failed build', () => {
    expect(separatedLogLines('')).toEqual(['']);
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

describe('withoutInternals', () => {
  const report = [
    '[ContentValidationError] 2 problems in the content; nothing was built:',
    '',
    'tests/fixtures/bad-content/articles/windows-1252.md:9',
    '  text: the file is not UTF-8 text',
    '  Hint:',
    '    Browser APIs are not available on the server.',
    '    ',
    '    See https://docs.astro.build/en/guides/troubleshooting/ for more information.',
    '  Location:',
    '    /work/main/src/lib/files/article-loader.ts:363:35',
    '  Stack trace:',
    '    at Object.load (/work/main/src/lib/files/article-loader.ts:219:35)',
    '    at async #doSync (file:///work/main/node_modules/astro/dist/content/content-layer.js:220:5)',
    'build: astro build failed',
  ];
  const filtered = (debug: boolean) => report.flatMap(withoutInternals(debug));

  it("drops Astro's hint, our code's location and the stack trace from a report of content problems", () => {
    expect(filtered(false)).toEqual([
      '[ContentValidationError] 2 problems in the content; nothing was built:',
      '',
      'tests/fixtures/bad-content/articles/windows-1252.md:9',
      '  text: the file is not UTF-8 text',
      'build: astro build failed',
    ]);
  });

  it('says how to see where the code stopped when the failure is not a content problem', () => {
    const crash = ['[TypeError] Cannot read properties of undefined', '  Stack trace:', '    at render (/work/main/src/pages/x.astro:3:1)'];
    expect(crash.flatMap(withoutInternals(false))).toEqual([
      '[TypeError] Cannot read properties of undefined',
      '  (BUILD_DEBUG=1 shows where in the code this stopped)',
    ]);
  });

  it('keeps everything when debugging', () => {
    expect(filtered(true)).toEqual(report);
  });
});

/**
 * `_headers` (src/publish/headers-file.ts): its policy allows what every page's own policy allows,
 * and a page already read at the last build, the same file, is not read again.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeHeadersFile } from '#publish/headers-file.ts';

const page = (styleHash: string) =>
  `<!doctype html><html><head><meta http-equiv="content-security-policy" content="style-src &#39;self&#39; &#39;${styleHash}&#39;"></head><body></body></html>`;

let work: string;
let site: string;
let known: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'headers-'));
  site = join(work, 'site');
  known = join(work, 'cache', 'page-policies.json');
  mkdirSync(join(site, 'a'), { recursive: true });
  mkdirSync(join(site, 'b'), { recursive: true });
  writeFileSync(join(site, 'a', 'index.html'), page('sha256-aaa'));
  writeFileSync(join(site, 'b', 'index.html'), page('sha256-bbb'));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

const headerPolicy = () => /Content-Security-Policy: (.*)/.exec(readFileSync(join(site, '_headers'), 'utf8'))![1]!;

describe('writeHeadersFile', () => {
  it("allows every page's inline styles in the one header policy", () => {
    writeHeadersFile(site, known);
    expect(headerPolicy()).toContain("'sha256-aaa'");
    expect(headerPolicy()).toContain("'sha256-bbb'");
  });

  it('does not read again a page that is the same file as at the last build', () => {
    writeHeadersFile(site, known);
    // What the last build noted for the pages stands in for reading them: a different note shows it was used.
    writeFileSync(known, readFileSync(known, 'utf8').replaceAll('sha256-aaa', 'sha256-noted'));
    writeHeadersFile(site, known);
    expect(headerPolicy()).toContain("'sha256-noted'");
  });

  it('reads a page that is a new file, whatever the last build noted', () => {
    writeHeadersFile(site, known);
    writeFileSync(known, readFileSync(known, 'utf8').replaceAll('sha256-aaa', 'sha256-noted'));
    rmSync(join(site, 'a', 'index.html'));
    writeFileSync(join(site, 'a', 'index.html'), page('sha256-ccc'));
    writeHeadersFile(site, known);
    expect(headerPolicy()).toContain("'sha256-ccc'");
    expect(headerPolicy()).not.toContain("'sha256-noted'");
  });

  it.each([
    ['emptied', () => ''],
    ['cut short', (whole: string) => whole.slice(0, 20)],
    ['null', () => 'null'],
    ['pointing a page at a policy it does not hold', (whole: string) => whole.replace(/:(\d+)/g, ':7')],
    ['without its pages', () => '{"policies": []}'],
  ])('reads every page again when what the last build noted is %s, with a warning naming the file', (_, damage) => {
    writeHeadersFile(site, known);
    writeFileSync(known, damage(readFileSync(known, 'utf8')));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    writeHeadersFile(site, known);
    expect(warn).toHaveBeenCalledExactlyOnceWith(expect.stringContaining(`build cache: ${known} `));
    warn.mockRestore();
    expect(headerPolicy()).toContain("'sha256-aaa'");
    expect(headerPolicy()).toContain("'sha256-bbb'");
  });
});

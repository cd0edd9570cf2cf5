/**
 * The policy <meta> governs only what follows it: on every built page it is
 * the first thing in <head> after the charset.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe.each(['dist', 'dist-fixture'])('the pages of %s', (site) => {
  const pages = htmlFiles(site);

  it('are there to check', () => {
    expect(pages.length).toBeGreaterThan(5);
  });

  it('open <head> with the charset, then the Content-Security-Policy', () => {
    const late = pages.filter(
      (page) =>
        !/^<!DOCTYPE html><html[^>]*><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="[^"]+">/i.test(
          readFileSync(page, 'utf8'),
        ),
    );
    expect(late).toEqual([]);
  });
});

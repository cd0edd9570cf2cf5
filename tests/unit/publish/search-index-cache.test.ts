/**
 * A search index part kept in the build cache (src/publish/pagefind.ts) is linked into a
 * publish only when it is whole: one emptied or cut short is indexed again, not published.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenPartProblem } from '#publish/pagefind.ts';
import { temporaryFolder } from '../../support/temporary-folder.ts';

/** A part's bundle as Pagefind leaves it, in miniature, with `damage` done to it. */
function part(damage: (bundle: string) => void = () => undefined): string {
  const bundle = temporaryFolder('search-part');
  mkdirSync(join(bundle, 'fragment'));
  writeFileSync(join(bundle, 'pagefind-entry.json'), '{"version":"1.4.0","languages":{"en":{"hash":"en_1","wasm":"en","page_count":3}}}');
  writeFileSync(join(bundle, 'pagefind.js'), 'export {}');
  writeFileSync(join(bundle, 'fragment', 'en_1.pf_fragment'), 'gz');
  damage(bundle);
  return bundle;
}

describe('a search index part in the cache', () => {
  it('is whole as Pagefind wrote it', () => {
    expect(brokenPartProblem(part())).toBeUndefined();
  });

  it.each([
    [
      'its entry file emptied',
      (bundle: string) => writeFileSync(join(bundle, 'pagefind-entry.json'), ''),
      /^has no readable pagefind-entry\.json \(Unexpected end of JSON input\)$/,
    ],
    [
      'its entry file cut short',
      (bundle: string) => writeFileSync(join(bundle, 'pagefind-entry.json'), '{"version":"1.4.0","langu'),
      /^has no readable pagefind-entry\.json/,
    ],
    [
      'its entry file gone',
      (bundle: string) => rmSync(join(bundle, 'pagefind-entry.json')),
      /^has no readable pagefind-entry\.json \(ENOENT/,
    ],
    [
      'its entry file listing no languages',
      (bundle: string) => writeFileSync(join(bundle, 'pagefind-entry.json'), '{"version":"1.4.0"}'),
      /^has a pagefind-entry\.json that lists no languages$/,
    ],
    [
      'a fragment emptied',
      (bundle: string) => writeFileSync(join(bundle, 'fragment', 'en_1.pf_fragment'), ''),
      /^has an empty file, fragment\/en_1\.pf_fragment$/,
    ],
  ])('is broken with %s', (_, damage, problem) => {
    expect(brokenPartProblem(part(damage))).toMatch(problem);
  });
});

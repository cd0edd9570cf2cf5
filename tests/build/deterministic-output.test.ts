/** Building the same content twice gives byte-identical output, even with nothing cached. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, filesUnder } from '../support/site-build.ts';
import { temporaryFolder } from '../support/temporary-folder.ts';

describe('deterministic output', () => {
  it('a second build of the fixture content, with an empty build cache, matches dist-fixture byte for byte', () => {
    const work = temporaryFolder('rebuild');
    const outDir = join(process.cwd(), 'dist-rebuild');
    const run = buildSite(outDir, { CONTENT_DIR: 'tests/fixtures/site-content', BUILD_CACHE_DIR: join(work, 'cache') });
    expect(run.status, run.output).toBe(0);
    const first = filesUnder('dist-fixture');
    expect(filesUnder(outDir)).toEqual(first);
    const different = first.filter((f) => !readFileSync(join('dist-fixture', f)).equals(readFileSync(join(outDir, f))));
    expect(different).toEqual([]);
  }, 180_000);
});

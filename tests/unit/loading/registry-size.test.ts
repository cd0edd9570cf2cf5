/**
 * A registry file of 50 MB is refused at once, naming it, before it is read: a sections registry
 * that size took 10 s to parse into 120,000 sections, each then in every page's navigation, and
 * an author's file or a standing page was read whole before its size was checked.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAuthors, readInfoPages, readSections } from '#lib/loading/registries.ts';
import { temporaryFolder } from '../../support/temporary-folder.ts';

const FIFTY_MB = 50 * 1024 * 1024;

/** `unit` repeated to at least 50 MB. */
const fiftyMegabytesOf = (unit: string) => unit.repeat(Math.ceil(FIFTY_MB / unit.length));

function contentFolder(): { root: string; contentDir: string } {
  const root = temporaryFolder('registry-size');
  const contentDir = join(root, 'content');
  mkdirSync(join(contentDir, 'authors'), { recursive: true });
  mkdirSync(join(contentDir, 'pages'), { recursive: true });
  return { root, contentDir };
}

/** The problems `read` gives and the milliseconds it took. */
function timed(read: () => { problems: string[] }): { problems: string[]; ms: number } {
  const started = performance.now();
  const { problems } = read();
  return { problems, ms: performance.now() - started };
}

describe('a 50 MB registry file', () => {
  it('as the sections registry, of 120,000 well-formed sections, is refused at once, naming it', () => {
    const { root, contentDir } = contentFolder();
    writeFileSync(join(contentDir, 'sections.yaml'), fiftyMegabytesOf('- name: Section\n  description: A section of the site.\n'));
    const { problems, ms } = timed(() => readSections(root, contentDir, () => false));
    expect(problems).toEqual([
      'content/sections.yaml\n  size: the file is 51,200 KB, over the limit of 512 KB (a hundred sections with descriptions take about 10 KB)',
    ]);
    expect(ms).toBeLessThan(100);
  });

  it("as an author's file is refused at once, naming it", () => {
    const { root, contentDir } = contentFolder();
    writeFileSync(join(contentDir, 'authors', 'ana-ruiz.md'), `---\nname: Ana Ruiz\nkind: person\n---\n\n${fiftyMegabytesOf('word ')}`);
    const { problems, ms } = timed(() => readAuthors(root, contentDir));
    expect(problems).toEqual([
      expect.stringMatching(/^content\/authors\/ana-ruiz\.md\n {2}size: the file is 51,200 KB, over the limit of 512 KB/),
    ]);
    expect(ms).toBeLessThan(100);
  });

  it('as a standing page is refused at once, naming it', () => {
    const { root, contentDir } = contentFolder();
    writeFileSync(join(contentDir, 'pages', 'about.md'), `---\ntitle: About\ndescription: Us.\n---\n\n${fiftyMegabytesOf('word ')}`);
    const { problems, ms } = timed(() => readInfoPages(root, contentDir, () => false));
    expect(problems).toEqual([
      expect.stringMatching(/^content\/pages\/about\.md\n {2}size: the file is 51,200 KB, over the limit of 512 KB/),
    ]);
    expect(ms).toBeLessThan(100);
  });
});

/**
 * Aliases of aliases in YAML ("billion laughs": ten lines that stand for a billion values) are
 * refused at once, in an article's frontmatter, an author's file and the sections registry; they
 * once took about 26 s a file to be walked and refused for other reasons.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticleSource } from '#lib/content/frontmatter.ts';
import { readAuthors, readSections } from '#lib/loading/registries.ts';
import { temporaryFolder } from '../../support/temporary-folder.ts';

const name = (level: number) => String.fromCharCode(97 + level);
/** Nine levels of nine aliases each: 9^9 (387 million) strings once expanded. */
const LAUGHS = [
  `${name(0)}: &${name(0)} [${Array(9).fill('"lol"').join(', ')}]`,
  ...Array.from(
    { length: 8 },
    (_, i) =>
      `${name(i + 1)}: &${name(i + 1)} [${Array(9)
        .fill(`*${name(i)}`)
        .join(', ')}]`,
  ),
].join('\n');
const REFUSED = 'a YAML alias ("*name") repeats a list or map; write each value out where it is used';

function contentFolder(): { root: string; contentDir: string } {
  const root = temporaryFolder('yaml-aliases');
  const contentDir = join(root, 'content');
  mkdirSync(join(contentDir, 'authors'), { recursive: true });
  return { root, contentDir };
}

describe('YAML aliases of lists and maps', () => {
  it('are refused in an article frontmatter, at once', () => {
    const started = performance.now();
    expect(() => parseArticleSource(`---\nheadline: H\n${LAUGHS}\n---\n\nBody.\n`)).toThrow(REFUSED);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("are refused in an author's file, naming it, at once", () => {
    const { root, contentDir } = contentFolder();
    writeFileSync(join(contentDir, 'authors', 'ana-ruiz.md'), `---\nname: Ana Ruiz\nkind: person\n${LAUGHS}\n---\n\nBio.\n`);
    const started = performance.now();
    expect(readAuthors(root, contentDir).problems).toEqual([`content/authors/ana-ruiz.md\n  frontmatter: ${REFUSED}`]);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('are refused in the sections registry, naming it, at once', () => {
    const { root, contentDir } = contentFolder();
    writeFileSync(join(contentDir, 'sections.yaml'), `${LAUGHS}\n`);
    const started = performance.now();
    expect(readSections(root, contentDir, () => false).problems).toEqual([`content/sections.yaml\n  ${REFUSED}`]);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('leave an alias of a single value alone: it is one value, copied', () => {
    expect(parseArticleSource('---\nheadline: &h Same\ndek: *h\n---\n\nBody.\n').frontmatter).toEqual({ headline: 'Same', dek: 'Same' });
  });
});

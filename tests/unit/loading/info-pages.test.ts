import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInfoPages } from '#lib/loading/registries.ts';
import { temporaryFolder } from '../../support/temporary-folder.ts';

/** A content folder with the given standing pages, as content/pages/<name>. */
function contentWith(pages: Record<string, string>): { root: string; contentDir: string } {
  const root = temporaryFolder('info-pages');
  const contentDir = join(root, 'content');
  mkdirSync(join(contentDir, 'pages'), { recursive: true });
  for (const [name, text] of Object.entries(pages)) writeFileSync(join(contentDir, 'pages', name), text);
  return { root, contentDir };
}

const page = (frontmatter: string, body = 'Text.') => `---\n${frontmatter}\n---\n\n${body}\n`;
const noRootName = () => false;

describe('readInfoPages', () => {
  it('reads each page with its address, file and body', () => {
    const { root, contentDir } = contentWith({ 'about.md': page('title: About us\ndescription: Who we are.\norder: 1') });
    const { pages, problems } = readInfoPages(root, contentDir, noRootName);
    expect(problems).toEqual([]);
    expect(pages).toEqual([
      { title: 'About us', description: 'Who we are.', order: 1, slug: 'about', file: 'content/pages/about.md', body: '\nText.\n' },
    ]);
  });

  it('names the file and the field of a page with a missing field', () => {
    const { root, contentDir } = contentWith({ 'about.md': page('title: About us') });
    expect(readInfoPages(root, contentDir, noRootName).problems).toEqual([
      expect.stringMatching(/^content\/pages\/about\.md\n {2}description: /),
    ]);
  });

  it('refuses an address the site or a section already uses', () => {
    const { root, contentDir } = contentWith({ 'world.md': page('title: World\ndescription: A clash.') });
    expect(readInfoPages(root, contentDir, (slug) => slug === 'world').problems).toEqual([
      'content/pages/world.md\n  file name: /world/ is an address the site already uses; choose another name',
    ]);
  });

  it("refuses a section's address, naming the section and its file", () => {
    const { root, contentDir } = contentWith({ 'world.md': page('title: World\ndescription: A clash.') });
    const owner = (slug: string) => (slug === 'world' ? 'section "World" in content/sections.yaml' : false);
    expect(readInfoPages(root, contentDir, owner).problems).toEqual([
      'content/pages/world.md\n  file name: /world/ is also the address of section "World" in content/sections.yaml; rename the page, or give the section another slug',
    ]);
  });

  it('refuses a file name that cannot be an address, and a page with no text', () => {
    const { root, contentDir } = contentWith({
      'About Us.md': page('title: About\ndescription: x.'),
      'empty.md': page('title: Empty\ndescription: x.', ''),
    });
    const { problems } = readInfoPages(root, contentDir, noRootName);
    expect(problems).toEqual([
      expect.stringContaining('file name: "About Us" cannot be an address'),
      'content/pages/empty.md\n  body: the page has no text',
    ]);
  });
});

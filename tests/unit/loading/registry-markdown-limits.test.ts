/**
 * Author bios and standing pages are Markdown the site renders, held to the limits and checks
 * of an article's body: nesting past the limit (5,000 deep overflowed the stack naming no
 * file; 3,000-deep lists ran for minutes), a file over the size limit, markup that would take
 * text with it, and, in a bio, pictures, which the author's page would publish broken.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { readAuthors, readInfoPages } from '#lib/loading/registries.ts';
import { authorsLoader } from '#lib/loading/registry-loaders.ts';
import { temporaryFolder } from '../../support/temporary-folder.ts';

/** A project folder whose content has `files` (paths under content/). */
function projectWith(files: Record<string, string>): { root: string; contentDir: string } {
  const root = temporaryFolder('registry-limits');
  const contentDir = join(root, 'content');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(contentDir, path, '..'), { recursive: true });
    writeFileSync(join(contentDir, path), text);
  }
  return { root, contentDir };
}

const bio = (body: string) => `---\nname: Ana Ruiz\nkind: person\n---\n\n${body}\n`;
const infoPage = (body: string) => `---\ntitle: About us\ndescription: Who we are.\n---\n\n${body}\n`;

/** Bodies past the limits, each with what follows the file's name in the problem an article with that body gets. */
const NESTED = (depth: string) => `:6\n  body: quotes, lists or HTML elements nested ${depth} deep, over the limit of 16; flatten them`;
const OVER_THE_LIMITS: Array<[string, string, string]> = [
  ['quotes nested 5,000 deep', `${'>'.repeat(5_000)} deep`, NESTED('5000')],
  ['a list nested 3,000 deep', `${'- '.repeat(3_000)}item`, NESTED('4499')],
  ['an ordered list nested 3,000 deep', `${'1. '.repeat(3_000)}item`, NESTED('4499')],
  ['HTML elements nested 5,000 deep', `${'<div>'.repeat(5_000)}deep${'</div>'.repeat(5_000)}`, NESTED('5000')],
  ['quotes nested 17 deep, one past the limit', `${'>'.repeat(17)} deep`, NESTED('17')],
  [
    '600 KB of text',
    'word '.repeat(120_000),
    '\n  size: the file is 586 KB, over the limit of 512 KB (the longest long reads are about 200 KB); split it into parts',
  ],
];

describe('an author bio', () => {
  it.each(OVER_THE_LIMITS)('with %s is refused, naming the file', (_, body, problem) => {
    const { root, contentDir } = projectWith({ 'authors/ana-ruiz.md': bio(body) });
    const { authors, problems } = readAuthors(root, contentDir);
    expect(authors).toEqual([]);
    expect(problems).toEqual([`content/authors/ana-ruiz.md${problem}`]);
  });

  it('within the limits is read', () => {
    const { root, contentDir } = projectWith({ 'authors/ana-ruiz.md': bio(`${'>'.repeat(16)} quoted`) });
    expect(readAuthors(root, contentDir)).toMatchObject({ authors: [{ name: 'Ana Ruiz' }], problems: [] });
  });
});

describe('a standing page', () => {
  it.each(OVER_THE_LIMITS)('with %s is refused, naming the file', (_, body, problem) => {
    const { root, contentDir } = projectWith({ 'pages/about.md': infoPage(body) });
    const { pages, problems } = readInfoPages(root, contentDir, () => false);
    expect(pages).toEqual([]);
    expect(problems).toEqual([`content/pages/about.md${problem}`]);
  });
});

/** Runs the authors collection's loader over `contentDir`, as Astro does; its error's message, or undefined. */
async function loadAuthors(root: string, contentDir: string): Promise<string | undefined> {
  const context = {
    config: { root: pathToFileURL(`${root}/`) },
    store: { clear: () => undefined, set: () => true },
    parseData: ({ data }: { data: unknown }) => Promise.resolve(data),
    generateDigest: () => 'digest',
    logger: { warn: () => undefined },
  } as unknown as LoaderContext;
  try {
    await authorsLoader({ contentDir }).load(context);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

describe('the authors collection', () => {
  it.each([
    [
      'a picture beside the file',
      '![Ana Ruiz](./ana.jpg)',
      "body: a bio cannot show images (./ana.jpg); give the author's picture in the photo field",
    ],
    ['a picture as HTML', '<img src="ana.jpg" alt="Ana Ruiz">', 'body: a bio cannot show images (./ana.jpg)'],
    [
      'a picture on another site',
      '![Ana Ruiz](https://example.com/ana.jpg)',
      'body: the image "https://example.com/ana.jpg" is on another site',
    ],
  ])('refuses a bio with %s, naming the file', async (_, body, problem) => {
    const { root, contentDir } = projectWith({ 'authors/ana-ruiz.md': bio(body) });
    expect(await loadAuthors(root, contentDir)).toContain(`content/authors/ana-ruiz.md\n  ${problem}`);
  });

  it.each([
    [
      'a <script> element',
      'Reporter.<script>her words</script>',
      'the <script> element would be removed with the text inside it ("her words")',
    ],
    [
      'a <style> element',
      'Reporter <style>covering</style> politics.',
      'the <style> element would be removed with the text inside it ("covering")',
    ],
  ])('refuses a bio with markup that would swallow text (%s), as in an article', async (_, body, problem) => {
    const { root, contentDir } = projectWith({ 'authors/ana-ruiz.md': bio(body) });
    expect(await loadAuthors(root, contentDir)).toContain(`content/authors/ana-ruiz.md\n  body: ${problem}`);
  });

  it('loads a bio of plain Markdown', async () => {
    const { root, contentDir } = projectWith({
      'authors/ana-ruiz.md': bio('Ana Ruiz covers *politics* from [Mexico City](https://example.com/).'),
    });
    expect(await loadAuthors(root, contentDir)).toBeUndefined();
  });
});

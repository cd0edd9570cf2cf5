/**
 * docs/authoring.md says only what the build does: its sample article loads as it stands, and its
 * sample error output is what the loader prints for two files written to give it.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentLayer, fixtureContentCopy, ROOT } from '../../support/content-layer.ts';

const guide = readFileSync(join(ROOT, 'docs/authoring.md'), 'utf8');

/** The first fenced block of `language` after `heading` (a line of the guide). */
function blockAfter(heading: string, language: string): string {
  const from = guide.indexOf(heading);
  expect(from, `docs/authoring.md has no "${heading}"`).toBeGreaterThanOrEqual(0);
  const start = guide.indexOf(`\`\`\`${language}\n`, from) + language.length + 4;
  return guide.slice(start, guide.indexOf('\n```', start) + 1);
}

let cleanUp: (() => void) | undefined;
afterEach(() => cleanUp?.());

describe('docs/authoring.md', () => {
  it('gives a sample article that the build takes as it stands', async () => {
    const { content, remove } = fixtureContentCopy();
    cleanUp = remove;
    writeFileSync(join(content, 'articles', 'sample-from-the-guide.md'), blockAfter('Or write the file yourself', 'markdown'));
    const layer = contentLayer(content);
    await layer.load();
    expect(layer.entries.has('sample-from-the-guide')).toBe(true);
  });

  it("shows the build's own words for a blank headline and a misspelt author", async () => {
    const work = mkdtempSync(join(tmpdir(), 'authoring-'));
    cleanUp = () => rmSync(work, { recursive: true, force: true });
    const content = join(work, 'content');
    mkdirSync(join(content, 'articles'), { recursive: true });
    mkdirSync(join(content, 'authors'));
    writeFileSync(join(content, 'sections.yaml'), '- name: World\n  description: News from around the world.\n');
    writeFileSync(join(content, 'authors', 'ana-ruiz.md'), '---\nname: Ana Ruiz\nkind: person\n---\n\nAna Ruiz covers Mexico.\n');
    writeFileSync(
      join(content, 'authors', 'the-washington-post.md'),
      '---\nname: The Washington Post\nkind: organization\n---\n\nA newspaper.\n',
    );
    writeFileSync(
      join(content, 'articles', 'mexico-vote.md'),
      '---\nheadline: "  "\nbyline:\n  - name: Ana Ruiz\ndate: 2018-05-09\nsection: World\n---\n\nThe body.\n',
    );
    writeFileSync(
      join(content, 'articles', 'summit.md'),
      '---\nheadline: Leaders meet at the summit\ndek: A synthetic story.\ndateline: GENEVA\ndate: 2018-05-10\nsection: World\nbyline:\n  - name: The Washington Post\n  - name: Ana Ruis\n---\n\nThe body.\n',
    );
    const failure = await contentLayer(content)
      .load()
      .then(
        () => new Error('the build took both files'),
        (error: unknown) => error as Error,
      );
    expect(`${failure.message.replaceAll(content, 'content')}\n`).toBe(blockAfter('## When the build refuses', 'text'));
  });
});

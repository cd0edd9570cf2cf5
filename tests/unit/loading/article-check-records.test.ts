/**
 * The article loader's records (src/lib/loading/article-check-records.ts): a file is checked
 * again exactly when it, its images or an input of its checks changed, and a reused entry
 * gives the build what checking it would have given. The loader runs here with a store and a
 * meta store in memory, as Astro's content layer calls it, over a copy of the fixture content.
 */
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MetaStore } from 'astro/loaders';
import { checkInputsDigest, fileDigest, readCheckRecords } from '#lib/loading/article-check-records.ts';
import { settings } from '#lib/settings.ts';
import type { Registries } from '#lib/loading/registries.ts';
import { contentLayer, fixtureContentCopy, ROOT } from '../../support/content-layer.ts';

let content: string;
let remove: () => void;
beforeEach(() => {
  ({ content, remove } = fixtureContentCopy());
});
afterEach(() => remove());

const article = (name: string) => join(content, 'articles', name);

describe('the article loader, loading again', () => {
  // Held back from the store (a draft, an article scheduled for later), they have no stored data to reuse.
  const HELD_BACK = ['synthetic-draft', 'synthetic-scheduled-for-2099'];

  it('checks no unchanged published file again, and keeps its entry', async () => {
    const layer = contentLayer(content);
    const first = await layer.load();
    const entriesBefore = structuredClone([...layer.entries]);
    const second = await layer.load();
    expect(first.checked.length).toBeGreaterThan(5);
    expect(second.checked).toEqual(HELD_BACK);
    expect([...layer.entries]).toEqual(entriesBefore);
  });

  it('gives an unchanged file’s warnings again, as checking it gave them', async () => {
    const layer = contentLayer(content);
    const first = await layer.load();
    expect(first.warnings.some((warning) => warning.includes('synthetic-hostile-markdown.md'))).toBe(true);
    expect((await layer.load()).warnings).toEqual(first.warnings);
  });

  it('checks an edited file again, and only that one', async () => {
    const layer = contentLayer(content);
    await layer.load();
    const file = article('synthetic-library-hours.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^headline: .*$/m, 'headline: Library hours are extended again'));
    const { checked } = await layer.load();
    expect(checked).toEqual([...HELD_BACK, 'synthetic-library-hours'].sort());
    expect(layer.entries.get('synthetic-library-hours')?.data).toMatchObject({ headline: 'Library hours are extended again' });
  });

  it('checks every file again when a registry changes', async () => {
    const layer = contentLayer(content);
    const first = await layer.load();
    const sections = join(content, 'sections.yaml');
    writeFileSync(sections, `${readFileSync(sections, 'utf8')}- name: Weather\n  description: Forecasts.\n`);
    expect((await layer.load()).checked).toEqual(first.checked);
  });

  it('checks a file again when its photo is gone, and reports it', async () => {
    const layer = contentLayer(content);
    await layer.load();
    renameSync(article('synthetic-photo-story/photo.jpg'), article('synthetic-photo-story/renamed.jpg'));
    await expect(layer.load()).rejects.toThrow(/synthetic-photo-story\/index\.md:\d+:\d+\n {2}photo › src: there is no file/);
  });

  it('checks a file with a problem again at the next load, and reports it again', async () => {
    const layer = contentLayer(content);
    const file = article('synthetic-summit-ends.md');
    // A problem the checks report without stopping at it: the file is validated and stored all the same.
    const frontmatter = /^---\n[\s\S]*?\n---\n/.exec(readFileSync(file, 'utf8'))![0];
    writeFileSync(file, frontmatter);
    await expect(layer.load()).rejects.toThrow(/synthetic-summit-ends\.md\n {2}body: the article has no text/);
    await expect(layer.load()).rejects.toThrow(/synthetic-summit-ends\.md\n {2}body: the article has no text/);
  });

  it('drops a deleted file’s entry', async () => {
    const layer = contentLayer(content);
    await layer.load();
    rmSync(article('synthetic-summit-ends.md'));
    await layer.load();
    expect(layer.entries.has('synthetic-summit-ends')).toBe(false);
  });
});

describe('checkInputsDigest', () => {
  const registries: Registries = { sections: [], authors: [], problems: [] };
  const digest = checkInputsDigest(ROOT, registries, settings);

  it('changes with the registries', () => {
    expect(checkInputsDigest(ROOT, { ...registries, problems: ['a problem'] }, settings)).not.toBe(digest);
  });

  it('changes with a setting the checks read', () => {
    expect(checkInputsDigest(ROOT, registries, { ...settings, timeZone: 'Asia/Tokyo' })).not.toBe(digest);
  });

  it('does not change with the build time (scheduling is decided at every build)', () => {
    expect(checkInputsDigest(ROOT, registries, { ...settings, buildTime: new Date(0) })).toBe(digest);
  });

  it('changes with the checking code', () => {
    const project = mkdtempSync(join(tmpdir(), 'check-code-'));
    try {
      cpSync(join(ROOT, 'src/lib/content/limits.ts'), join(project, 'src/lib/content/limits.ts'), { recursive: true });
      const before = checkInputsDigest(project, registries, settings);
      writeFileSync(join(project, 'src/lib/content/limits.ts'), '// another limit\n', { flag: 'a' });
      expect(checkInputsDigest(project, registries, settings)).not.toBe(before);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });
});

describe('fileDigest', () => {
  const bytes = new TextEncoder().encode('---\nheadline: A\n---\nText.\n');

  it('changes with the file’s bytes', () => {
    expect(fileDigest('inputs', 'content/articles/a.md', new TextEncoder().encode('---\nheadline: B\n---\nText.\n'))).not.toBe(
      fileDigest('inputs', 'content/articles/a.md', bytes),
    );
  });

  it('changes with the file’s place (a file moved into its own folder)', () => {
    expect(fileDigest('inputs', 'content/articles/a/index.md', bytes)).not.toBe(fileDigest('inputs', 'content/articles/a.md', bytes));
  });

  it('changes with the inputs of the checks', () => {
    expect(fileDigest('other inputs', 'content/articles/a.md', bytes)).not.toBe(fileDigest('inputs', 'content/articles/a.md', bytes));
  });
});

describe('the records of the last build, unreadable', () => {
  /** A meta store holding `stored` as the records, as Astro's store left it. */
  const metaHolding = (stored: string) => ({ get: () => stored }) as unknown as MetaStore;

  it.each([
    ['emptied', '', 'could not be read (Unexpected end of JSON input)'],
    ['cut short', '[["a-story",{"digest":"abc","warn', 'could not be read (Unterminated string in JSON'],
    ['null', 'null', 'are not what this build expects'],
    ['of another shape', '{"a-story": "abc"}', 'are not what this build expects'],
    ['with a record missing its fields', '[["a-story",{"digest":"abc"}]]', 'are not what this build expects'],
  ])('%s: are none, so every article is checked again, with a warning', (_, stored, reason) => {
    const warn = vi.fn();
    expect(readCheckRecords(metaHolding(stored), warn).size).toBe(0);
    expect(warn).toHaveBeenCalledExactlyOnceWith(expect.stringContaining(`the records of the last build's checks ${reason}`));
  });

  it('are read when whole', () => {
    const records = readCheckRecords(metaHolding('[["a-story",{"digest":"abc","warnings":[],"imageFiles":[]}]]'), vi.fn());
    expect(records.get('a-story')).toEqual({ digest: 'abc', warnings: [], imageFiles: [] });
  });
});

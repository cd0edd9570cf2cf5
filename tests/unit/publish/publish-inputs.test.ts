/**
 * What a publish is made from (src/publish/publish-inputs.ts): a publish stops before Astro
 * exactly when its code, settings, content and clock would give the published site again. Each
 * test changes one input and checks the inputs tell it, or moves the clock across one instant
 * the site shows.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clockHorizon, publishInputs, readPublishRecord, unchangedSince, writePublishRecord } from '#publish/publish-inputs.ts';
import { readSettings } from '#lib/settings.ts';
import { temporaryFolder } from '../../support/temporary-folder.ts';

const NOW = new Date('2024-03-06T06:00:00Z');
const HOUR = 60 * 60 * 1000;

/** A project with a middleware that imports a module, and a content folder with one article. */
function project(): { root: string; content: string; settings: ReturnType<typeof readSettings> } {
  const root = temporaryFolder('publish-inputs');
  const content = join(root, 'content');
  mkdirSync(join(root, 'src/lib/metadata'), { recursive: true });
  writeFileSync(join(root, 'src/middleware.ts'), "import { policyFirst } from '#lib/metadata/policy-placement.ts';\n");
  writeFileSync(join(root, 'src/lib/metadata/policy-placement.ts'), 'export const policyFirst = (html: string) => html;\n');
  writeFileSync(join(root, 'astro.config.mjs'), 'export default {};\n');
  mkdirSync(join(content, 'articles'), { recursive: true });
  writeFileSync(join(content, 'articles', 'vote.md'), '---\nheadline: Vote\n---\n\nText.\n');
  return { root, content, settings: readSettings({ CONTENT_DIR: content, SOURCE_DATE_EPOCH: String(NOW.getTime() / 1000) }) };
}

describe('the inputs of a publish', () => {
  it('are the same when nothing changed', () => {
    const { root, settings } = project();
    expect(publishInputs(root, settings)).toEqual(publishInputs(root, settings));
  });

  it('tell a change in a module only the middleware imports (the code digest)', () => {
    const { root, settings } = project();
    const before = publishInputs(root, settings);
    writeFileSync(join(root, 'src/lib/metadata/policy-placement.ts'), 'export const policyFirst = (html: string) => `${html}\\n`;\n');
    expect(publishInputs(root, settings).code).not.toBe(before.code);
  });

  it('tell an article edited in place', () => {
    const { root, content, settings } = project();
    const before = publishInputs(root, settings);
    writeFileSync(join(content, 'articles', 'vote.md'), '---\nheadline: Vote, corrected\n---\n\nText.\n');
    expect(publishInputs(root, settings).content).not.toBe(before.content);
  });

  it('tell an article added, and one deleted', () => {
    const { root, content, settings } = project();
    const before = publishInputs(root, settings);
    writeFileSync(join(content, 'articles', 'storm.md'), '---\nheadline: Storm\n---\n\nText.\n');
    const added = publishInputs(root, settings);
    expect(added.content).not.toBe(before.content);
    rmSync(join(content, 'articles', 'vote.md'));
    expect(publishInputs(root, settings).content).not.toBe(added.content);
  });

  it('tell a photo replaced by another file of the same name', () => {
    const { root, content, settings } = project();
    writeFileSync(join(content, 'articles', 'photo.jpg'), 'first');
    const before = publishInputs(root, settings);
    writeFileSync(join(content, 'articles', 'other.jpg'), 'other');
    renameSync(join(content, 'articles', 'other.jpg'), join(content, 'articles', 'photo.jpg'));
    expect(publishInputs(root, settings).content).not.toBe(before.content);
  });

  it('tell a setting the site shows, but not the build’s time', () => {
    const { root, content, settings } = project();
    const before = publishInputs(root, settings);
    const later = readSettings({ CONTENT_DIR: content, SOURCE_DATE_EPOCH: String(NOW.getTime() / 1000 + 3600) });
    expect(publishInputs(root, later).environment).toBe(before.environment);
    const renamed = readSettings({ CONTENT_DIR: content, SITE_NAME: 'Another Paper', SOURCE_DATE_EPOCH: String(NOW.getTime() / 1000) });
    expect(publishInputs(root, renamed).environment).not.toBe(before.environment);
  });
});

describe('the clock', () => {
  it('changes the front page’s masthead date at the next midnight in the site’s zone, when nothing else waits', () => {
    expect(clockHorizon(['2024-02-01T12:00:00.000Z'], [], NOW, 'America/New_York')).toEqual(new Date('2024-03-07T05:00:00.000Z'));
  });

  it('changes the masthead date at midnight even when a recent article leaves the news sitemap later', () => {
    // Six hours old: it leaves on 2024-03-08 at 00:00 UTC, after New York's midnight of 2024-03-07.
    expect(clockHorizon(['2024-03-06T00:00:00.000Z'], [], NOW, 'America/New_York')).toEqual(new Date('2024-03-07T05:00:00.000Z'));
  });

  it('changes the news sitemap when a recent article leaves its two days', () => {
    expect(clockHorizon(['2024-03-04T23:00:00.000Z'], [], NOW, 'UTC')).toEqual(new Date('2024-03-06T23:00:00.000Z'));
  });

  it('changes the news sitemap when a published article’s instant comes', () => {
    expect(clockHorizon(['2024-03-06T12:00:00.000Z'], [], NOW, 'UTC')).toEqual(new Date('2024-03-06T12:00:00.000Z'));
  });

  it('publishes a scheduled day at its first instant in the site’s zone', () => {
    const scheduled = [{ id: 'later', file: 'later.md', reason: 'scheduled' as const, date: '2024-03-07' }];
    expect(clockHorizon([], scheduled, NOW, 'America/New_York')).toEqual(new Date('2024-03-07T05:00:00.000Z'));
  });

  it('publishes a scheduled instant at that instant, the earliest of all', () => {
    const scheduled = [{ id: 'later', file: 'later.md', reason: 'scheduled' as const, date: '2024-03-06T09:30:00Z' }];
    expect(clockHorizon(['2024-03-05T12:00:00.000Z'], scheduled, NOW, 'UTC')).toEqual(new Date('2024-03-06T09:30:00.000Z'));
  });

  it('ignores drafts: no time publishes them', () => {
    expect(clockHorizon([], [{ id: 'draft', file: 'draft.md', reason: 'draft' }], NOW, 'UTC')).toEqual(
      new Date('2024-03-07T00:00:00.000Z'),
    );
  });
});

describe('a publish that would change nothing', () => {
  const inputs = { code: 'c', environment: 'e', content: 'a' };

  it('stands when the inputs are the same, before the clock’s next change', () => {
    expect(unchangedSince({ ...inputs, until: new Date(NOW.getTime() + HOUR).toISOString() }, inputs, NOW)).toBe(true);
  });

  it('builds once the clock reaches its next change', () => {
    expect(unchangedSince({ ...inputs, until: NOW.toISOString() }, inputs, NOW)).toBe(false);
  });

  it('builds when the content changed', () => {
    expect(unchangedSince({ ...inputs, content: 'b', until: new Date(NOW.getTime() + HOUR).toISOString() }, inputs, NOW)).toBe(false);
  });

  it('builds when there is no record (the first publish, or one stopped midway)', () => {
    expect(unchangedSince(undefined, inputs, NOW)).toBe(false);
  });

  it('reads a record cut short as none', () => {
    const file = join(temporaryFolder('publish-record'), 'inputs.json');
    const until = new Date(NOW.getTime() + HOUR).toISOString();
    writePublishRecord(file, { ...inputs, until });
    expect(readPublishRecord(file)).toEqual({ ...inputs, until });
    writeFileSync(file, '{"code":"c","environment":"e"');
    expect(readPublishRecord(file)).toBeUndefined();
  });
});

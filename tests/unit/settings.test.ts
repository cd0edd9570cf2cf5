import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SETTING_DEFINITIONS, SettingsError, readSettings, settingsTable } from '#lib/settings.ts';

const problemsOf = (env: Record<string, string>): string[] => {
  try {
    readSettings(env);
  } catch (error) {
    if (error instanceof SettingsError) return error.problems;
    throw error;
  }
  return [];
};

describe('readSettings', () => {
  it('uses every default when nothing is set', () => {
    expect(readSettings({})).toMatchObject({
      name: 'Newsroom',
      origin: 'https://news.example.com',
      timeZone: 'America/New_York',
      contentDir: './content',
      pageSize: 20,
      searchPartLimit: 2500,
      previewScheduled: false,
    });
  });

  it('reads each variable', () => {
    const settings = readSettings({
      PAGE_SIZE: '7',
      SEARCH_PART_LIMIT: '3',
      PREVIEW_SCHEDULED: '1',
      SITE_TIME_ZONE: 'Europe/London',
      CONTENT_DIR: 'tests/x/',
    });
    expect(settings).toMatchObject({
      pageSize: 7,
      searchPartLimit: 3,
      previewScheduled: true,
      timeZone: 'Europe/London',
      contentDir: 'tests/x',
    });
  });

  it('treats an empty variable as unset', () => {
    expect(readSettings({ PAGE_SIZE: '' }).pageSize).toBe(20);
  });

  it.each([
    ['PAGE_SIZE', 'abc'],
    ['PAGE_SIZE', '0'],
    ['PAGE_SIZE', '2.5'],
    ['PAGE_SIZE', '-3'],
    ['SEARCH_PART_LIMIT', '-1'],
    ['SEARCH_PART_LIMIT', '1e3'],
    ['SITE_TIME_ZONE', 'Mars/Olympus_Mons'],
    ['SITE_ORIGIN', 'news.example.com'],
    ['SITE_ORIGIN', 'https://news.example.com/path/'],
    ['SITE_ORIGIN', 'javascript:alert(1)'],
    ['PREVIEW_SCHEDULED', 'yes'],
    ['SITE_NAME', '   '],
  ])('refuses %s=%s, naming the variable, the value and what is allowed', (variable, value) => {
    const [problem, ...others] = problemsOf({ [variable]: value });
    expect(others).toEqual([]);
    expect(problem).toContain(`${variable}=${JSON.stringify(value)}`);
    const allowed = Object.values(SETTING_DEFINITIONS).find((definition) => definition.variable === variable)!.allowed;
    expect(problem).toContain(allowed);
  });

  it('reports every bad value at once', () => {
    expect(problemsOf({ PAGE_SIZE: 'abc', SEARCH_PART_LIMIT: '0' })).toHaveLength(2);
  });
});

/** A Markdown table's rows with each cell trimmed, so column alignment (Prettier pads cells) does not count. */
const tableRows = (markdown: string): string[] =>
  markdown
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) =>
      line
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim().replace(/^-+$/, '---'))
        .join('|'),
    );

describe('the configuration table in README.md', () => {
  it('is the one the settings module makes', () => {
    const readme = tableRows(readFileSync('README.md', 'utf8'));
    const table = tableRows(settingsTable());
    const start = readme.indexOf(table[0]!);
    expect(readme.slice(start, start + table.length)).toEqual(table);
  });

  it('names every variable the settings read', () => {
    for (const { variable } of Object.values(SETTING_DEFINITIONS)) expect(settingsTable()).toContain(`\`${variable}\``);
  });
});

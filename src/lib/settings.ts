/**
 * Every setting of the site, in one place: the only module that reads the
 * environment. Each setting has an environment variable and a default; the
 * values are read once, when this module loads, and checked with zod. A bad
 * value stops the build with an error naming the variable, the value and
 * what is allowed, rather than building a broken site. An empty variable
 * counts as unset.
 *
 * The configuration table in README.md is tested against SETTING_DEFINITIONS
 * (tests/unit/settings.test.ts), so the two cannot drift apart.
 */
import { resolve } from 'node:path';
import { z } from 'astro/zod';
import { isTimeZone } from '#lib/dates/publication-date.ts';

type Environment = Readonly<Record<string, string | undefined>>;

interface SettingDefinition<Value> {
  variable: string;
  /** The value used when the variable is unset, as it would be written in the environment. */
  fallback: string;
  /** What the setting does, for the configuration table. */
  meaning: string;
  /** What is allowed, said in an error and in the table. */
  allowed: string;
  schema: z.ZodType<Value, string>;
}

function define<Value>(definition: SettingDefinition<Value>): SettingDefinition<Value> {
  return definition;
}

const text = z.string().refine((value) => value.trim() !== '');

function wholeNumber(min: number, max: number) {
  return z.string().regex(/^\d+$/).transform(Number).pipe(z.number().int().min(min).max(max));
}

function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value.replace(/\/$/, '');
  } catch {
    return false;
  }
}

export const SETTING_DEFINITIONS = {
  name: define({
    variable: 'SITE_NAME',
    fallback: 'Newsroom',
    meaning: "The publication's name: masthead, titles, feeds, share images, structured data.",
    allowed: 'any text that is not blank',
    schema: text,
  }),
  description: define({
    variable: 'SITE_DESCRIPTION',
    fallback: 'The latest news and reporting.',
    meaning: "The front page's description, for search engines, feeds and link previews.",
    allowed: 'any text that is not blank',
    schema: text,
  }),
  origin: define({
    variable: 'SITE_ORIGIN',
    fallback: 'https://news.example.com',
    meaning:
      'The production origin. Every absolute URL the site emits (canonical links, printed permalinks, feeds, sitemaps, share images) derives from it. Set it before deploying.',
    allowed: 'an http:// or https:// origin with no path, e.g. https://news.example.com',
    schema: z
      .string()
      .refine(isOrigin)
      .transform((value) => value.replace(/\/$/, '')),
  }),
  timeZone: define({
    variable: 'SITE_TIME_ZONE',
    fallback: 'America/New_York',
    meaning:
      "The zone timestamps are shown in, with its abbreviation (EDT, EST, ...), and the zone that decides an article's day in its permalink.",
    allowed: 'an IANA time zone name, e.g. America/New_York or Europe/London',
    schema: z.string().refine(isTimeZone),
  }),
  contentDir: define({
    variable: 'CONTENT_DIR',
    fallback: './content',
    meaning: 'The folder holding `articles/`. Tests and benchmarks use it to build other content.',
    allowed: 'a folder path, relative to the project or absolute',
    schema: text.transform((value) => value.replace(/\/+$/, '') || '/'),
  }),
  pageSize: define({
    variable: 'PAGE_SIZE',
    fallback: '20',
    meaning:
      'Articles per listing page (front page, sections, bylines, tags): the first page holds from this many to two and a half times it, each archive page from half to one and a half times it (see docs/decisions/022-archive-pages-cut-by-content.md).',
    allowed: 'a whole number from 1 to 1000',
    schema: wholeNumber(1, 1000),
  }),
  searchPartLimit: define({
    variable: 'SEARCH_PART_LIMIT',
    fallback: '2500',
    meaning:
      'The most articles a part of the search index holds before it is cut finer. The index is in parts cut by the calendar: the newest year by month, each older year whole, or by month when it holds more than this, and a month above it by day. Pagefind holds a whole part in memory while it builds it; the search page merges the parts (see docs/decisions/025-search-parts-by-calendar.md).',
    allowed: 'a whole number from 1 to 1000000',
    schema: wholeNumber(1, 1_000_000),
  }),
  buildCacheDir: define({
    variable: 'BUILD_CACHE_DIR',
    fallback: 'node_modules/.cache/newsroom',
    meaning:
      "Where a build keeps what the next one reuses: rendered article bodies, share images, photo variants and search index parts (by a hash of their input) and Astro's own cache (the content store, the previous build's pages). Deleting it is always safe: the next build is then a full one.",
    allowed: 'a folder path, relative to the project or absolute',
    schema: text.transform((value) => resolve(value)),
  }),
  previewScheduled: define({
    variable: 'PREVIEW_SCHEDULED',
    fallback: '0',
    meaning:
      "`1` publishes articles dated in the future, for an editor's preview build; `0` holds them back from every page, feed and sitemap (the build lists them).",
    allowed: '0 or 1',
    schema: z.enum(['0', '1']).transform((value) => value === '1'),
  }),
  previewDrafts: define({
    variable: 'PREVIEW_DRAFTS',
    fallback: '0',
    meaning:
      '`1` shows articles marked `draft: true`, each under a "Draft" banner (`npm run dev` sets it); `0` holds them back from every page, feed, sitemap and search index.',
    allowed: '0 or 1',
    schema: z.enum(['0', '1']).transform((value) => value === '1'),
  }),
  buildTime: define({
    variable: 'SOURCE_DATE_EPOCH',
    fallback: 'now',
    meaning:
      'The build\'s "now", in seconds since 1970 (the reproducible-builds convention): which articles are still scheduled, and which are recent enough for the news sitemap. Unset, the time the build starts.',
    allowed: 'a whole number of seconds, or unset',
    schema: z
      .string()
      .regex(/^(\d{1,12}|now)$/)
      .transform((value) => (value === 'now' ? new Date() : new Date(Number(value) * 1000))),
  }),
  buildDebug: define({
    variable: 'BUILD_DEBUG',
    fallback: '0',
    meaning:
      "`1` keeps the build's internal detail in its error messages (stack traces, Astro's hints) for whoever debugs the build itself; `0` shows authors only what they can act on.",
    allowed: '0 or 1',
    schema: z.enum(['0', '1']).transform((value) => value === '1'),
  }),
} as const;

type Definitions = typeof SETTING_DEFINITIONS;
type SettingValues = { readonly [Key in keyof Definitions]: z.output<Definitions[Key]['schema']> };

export interface Settings extends SettingValues {
  /** The language of the site's text, for `<html lang>` and the news sitemap. Fixed: the code's own words are English. */
  readonly lang: 'en';
  readonly locale: 'en-US';
}

export class SettingsError extends Error {
  readonly problems: string[];

  constructor(problems: string[]) {
    super(
      `The site's settings have ${problems.length === 1 ? 'a bad value' : `${problems.length} bad values`}; nothing was built:\n${problems.map((problem) => `  ${problem}`).join('\n')}`,
    );
    this.name = 'SettingsError';
    this.problems = problems;
  }
}

/** Reads and checks every setting from `env`; throws a SettingsError naming each bad one. */
export function readSettings(env: Environment): Settings {
  const problems: string[] = [];
  const values: Record<string, unknown> = {};
  for (const [key, definition] of Object.entries(SETTING_DEFINITIONS) as Array<[string, SettingDefinition<unknown>]>) {
    const given = env[definition.variable];
    const raw = given === undefined || given === '' ? definition.fallback : given;
    const parsed = definition.schema.safeParse(raw);
    if (parsed.success) values[key] = parsed.data;
    else problems.push(`${definition.variable}=${JSON.stringify(raw)} is not allowed: it must be ${definition.allowed}.`);
  }
  if (problems.length > 0) throw new SettingsError(problems);
  return { ...(values as unknown as SettingValues), lang: 'en', locale: 'en-US' };
}

/** The settings of this build. */
export const settings: Settings = readSettings(process.env);

/** The configuration table of README.md, made from the definitions. */
export function settingsTable(): string {
  const cell = (value: string) => value.replaceAll('|', '\\|');
  return [
    '| variable | default | allowed | what it does |',
    '| --- | --- | --- | --- |',
    ...Object.values(SETTING_DEFINITIONS).map(
      (definition) =>
        `| \`${definition.variable}\` | \`${cell(definition.fallback)}\` | ${cell(definition.allowed)} | ${cell(definition.meaning)} |`,
    ),
  ].join('\n');
}

/**
 * What a publish is made from, known before Astro starts (docs/decisions/028): the code that
 * renders (one digest of `src/**`, `public/**`, the configuration and the lock file, no list kept
 * by hand), the settings but the build's time, the Node version, and every file under the
 * content folder. Kept after each publish to an output folder, with the instant up to which the
 * clock changes nothing the site shows (clockHorizon). A publish whose inputs equal the kept
 * ones, before that instant, would make the same site again: it stops before Astro, and the
 * published site stands. The record is forgotten before any other publish starts, so a publish
 * stopped at any point (kill -9 included) leaves none, and the next one builds.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { TZDate } from '@date-fns/tz';
import { addDays, startOfDay } from 'date-fns';
import { parsePublicationDate, sortInstant } from '#lib/dates/publication-date.ts';
import { codeDigest, writeAside } from '#lib/cache/build-cache.ts';
import type { HeldBackArticle } from '#lib/loading/held-back.ts';
import type { Settings } from '#lib/settings.ts';

/**
 * Everything a page, feed or step after Astro is made by: every module under src (pages,
 * components, the middleware and whatever it imports, the publish steps), the files copied as
 * they are, the configuration and the locked library versions (fonts among them).
 */
const RENDERING_CODE = ['src/**', 'public/**', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];

/** Settings that never change what is published: when the build runs (the clock is checked apart, see clockHorizon), where its caches go, and logging. */
const SETTINGS_NOT_PUBLISHED = new Set<keyof Settings>(['buildTime', 'buildDebug', 'buildCacheDir']);

/** News search engines read the last two days' articles (src/lib/metadata/news-sitemap.ts). */
const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;

interface PublishInputs {
  /** The digest of the code that renders; when it changed, a publish is a full build. */
  code: string;
  /** The digest of the settings but the build's time, and of the Node version (its time zone and language data). */
  environment: string;
  /** The digest of every file under the content folder: its place, size, file and times of change. */
  content: string;
}

interface PublishRecord extends PublishInputs {
  /** Up to this instant (ISO), the clock changes nothing the site shows (at the latest, the next midnight). */
  until: string;
}

/**
 * Each content file by its stat, not its bytes: a publish of 10,000 articles and their photos
 * would otherwise read them all. An edit changes the modification and change times (an editor
 * saving in place) or the file (one writing a new file and renaming it over the old).
 */
function contentDigest(contentDir: string): string {
  const hash = createHash('sha256');
  const entries = readdirSync(contentDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  for (const file of entries) {
    const { size, ino, mtimeNs, ctimeNs } = statSync(file, { bigint: true });
    hash.update(`${relative(contentDir, file)}\0${size}\0${ino}\0${mtimeNs}\0${ctimeNs}\n`);
  }
  return hash.digest('base64url');
}

export function publishInputs(root: string, settings: Settings): PublishInputs {
  const published = Object.entries(settings).filter(([name]) => !SETTINGS_NOT_PUBLISHED.has(name as keyof Settings));
  return {
    // Node's own zone and language data render dates too: a new Node is new rendering code.
    code: `${codeDigest(root, RENDERING_CODE)}:${process.version}`,
    environment: createHash('sha256')
      .update(JSON.stringify([process.version, published]))
      .digest('base64url'),
    content: contentDigest(settings.contentDir),
  };
}

/**
 * The first instant after `now` at which the clock alone changes the site: a scheduled article
 * comes due (at its instant, or at the first instant of its day in the site's zone, as the
 * loader decides), a published article enters the news sitemap (its publication instant still
 * ahead) or leaves it (two days after), or the day changes in the site's zone (the front page's
 * masthead shows it): at the latest, the next midnight.
 */
export function clockHorizon(
  publishedAt: ReadonlyArray<string>,
  heldBack: ReadonlyArray<HeldBackArticle>,
  now: Date,
  timeZone: string,
): Date {
  const instants = publishedAt.flatMap((iso) => [Date.parse(iso), Date.parse(iso) + NEWS_WINDOW_MS]);
  instants.push(startOfDay(addDays(new TZDate(now, timeZone), 1)).getTime());
  for (const article of heldBack) {
    if (article.reason !== 'scheduled') continue;
    const date = parsePublicationDate(article.date);
    // A date the loader read but this cannot: the clock is then never trusted.
    instants.push(typeof date === 'string' ? now.getTime() : sortInstant(date, timeZone));
  }
  // Not Math.min(...instants): two instants an article overflow the call stack at 100,000.
  return new Date(instants.reduce((first, instant) => (instant >= now.getTime() && instant < first ? instant : first), Infinity));
}

/** Whether a publish now with `inputs` would make what the publish that left `record` made. */
export function unchangedSince(record: PublishRecord | undefined, inputs: PublishInputs, now: Date): boolean {
  if (!record) return false;
  const sameInputs = record.code === inputs.code && record.environment === inputs.environment && record.content === inputs.content;
  return sameInputs && now.getTime() < Date.parse(record.until);
}

/** The record in `file`; undefined when there is none or it is not whole (then a publish builds). */
export function readPublishRecord(file: string): PublishRecord | undefined {
  try {
    const record = JSON.parse(readFileSync(file, 'utf8')) as Partial<PublishRecord> | null;
    const whole =
      typeof record?.code === 'string' &&
      typeof record.environment === 'string' &&
      typeof record.content === 'string' &&
      typeof record.until === 'string';
    return whole ? (record as PublishRecord) : undefined;
  } catch {
    return undefined;
  }
}

export function writePublishRecord(file: string, record: PublishRecord): void {
  writeAside(file, JSON.stringify(record));
}

export function forgetPublishRecord(file: string): void {
  rmSync(file, { force: true });
}

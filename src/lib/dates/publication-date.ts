/**
 * Publication dates as a newsroom writes them: either a calendar day
 * (`2018-05-09`, no time of day known) or an exact instant with its offset.
 *
 * A calendar day is never turned into a JavaScript Date at midnight UTC and
 * back, which is how "May 9" becomes "May 8" on a machine west of Greenwich.
 */
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns/format';

export type PublicationDate = { kind: 'day'; iso: string } | { kind: 'instant'; iso: string };

/** Whether `name` is a time zone the IANA database (as this Node.js has it) knows: "America/Mexico_City". */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A timestamp as a clock on the wall shows it, with no zone: the offset is missing. */
const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

const DATE_FORMS_HELP = 'write a date as YYYY-MM-DD (e.g. 2018-05-09) or a timestamp with its offset (e.g. 2018-05-09T14:30:00-04:00)';

function isRealDay(year: number, month: number, day: number): boolean {
  const probe = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  probe.setUTCFullYear(year, month - 1, day);
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

/**
 * The years a date may fall in: four-digit years, as addresses, feeds and
 * sitemaps write them. An instant's day in the site's zone can be a day
 * either side of its day in UTC, so instants keep a day clear of both ends.
 */
const FIRST_YEAR = 1000;
const LAST_YEAR = 9999;
const EARLIEST_INSTANT = Date.parse('1000-01-02T00:00:00Z');
const LATEST_INSTANT = Date.parse('9999-12-30T23:59:59.999Z');
const OUT_OF_RANGE = `is outside the years ${FIRST_YEAR}–${LAST_YEAR}, the dates this site can publish under`;

/** "2018-12-09T14:30:00-05:00": a wall-clock timestamp with the offset `timeZone` has at that moment (winter or summer). */
function withZoneOffset(localTime: string, timeZone: string): string {
  const [date, time] = localTime.split('T') as [string, string];
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  return `${localTime}${format(new TZDate(y, mo - 1, d, h, mi, timeZone), 'xxx')}`;
}

/**
 * Reads a frontmatter date, as the text the author typed (see article-file.ts).
 * Returns an error message when the value is not a date in one of the two forms; a timestamp
 * without its offset is shown with the one `exampleZone` (the site's zone) has on that day.
 */
export function parsePublicationDate(value: unknown, exampleZone?: string): PublicationDate | string {
  if (value === undefined) return `is required; ${DATE_FORMS_HELP}`;
  if (typeof value !== 'string') return `is not a date; ${DATE_FORMS_HELP}`;
  if (LOCAL_TIME.test(value)) {
    const inZone = exampleZone ? `"${withZoneOffset(value, exampleZone)}" (${exampleZone} on that day) or ` : '';
    return `"${value}" has no offset from UTC, so its moment is unknown: add it, e.g. ${inZone}"${value}Z" (UTC)`;
  }
  const day = DAY.exec(value);
  if (day) {
    if (!isRealDay(Number(day[1]), Number(day[2]), Number(day[3]))) return `"${value}" is not a day of the calendar; ${DATE_FORMS_HELP}`;
    return Number(day[1]) < FIRST_YEAR ? `"${value}" ${OUT_OF_RANGE}` : { kind: 'day', iso: value };
  }
  if (INSTANT.test(value)) {
    const ms = Date.parse(value);
    const [y, m, d] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
    if (!Number.isNaN(ms) && isRealDay(y, m, d)) {
      return ms < EARLIEST_INSTANT || ms > LATEST_INSTANT
        ? `"${value}" ${OUT_OF_RANGE}`
        : { kind: 'instant', iso: new Date(ms).toISOString() };
    }
  }
  return `"${value}" is not a date; ${DATE_FORMS_HELP}`;
}

/**
 * A build asks for the same few thousand dates tens of thousands of times
 * (permalinks, listings, feeds, cards), and zone arithmetic is the slow part:
 * each answer is kept for the rest of the build.
 */
function remembered(compute: (iso: string, timeZone: string) => string): (iso: string, timeZone: string) => string {
  const answers = new Map<string, string>();
  return (iso, timeZone) => {
    const key = `${timeZone} ${iso}`;
    let answer = answers.get(key);
    if (answer === undefined) {
      answer = compute(iso, timeZone);
      answers.set(key, answer);
    }
    return answer;
  };
}

const zonedDay = remembered((iso, timeZone) => format(new TZDate(iso, timeZone), 'yyyy-MM-dd'));

const zoneMidnight = remembered((iso, timeZone) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return String(new TZDate(y, m - 1, d, timeZone).getTime());
});

/**
 * Where a date stands in time, for putting articles in order: an instant as it is; a calendar
 * day at its first instant in the site's zone, so that it sorts below that day's timestamps and
 * above the day before's, as the reader's calendar has them (its first instant in UTC would put
 * a 10 p.m. New York story of the day before above it).
 */
export function sortInstant(date: PublicationDate, timeZone: string): number {
  return date.kind === 'instant' ? Date.parse(date.iso) : Number(zoneMidnight(date.iso, timeZone));
}

/**
 * The one instant a date stands for wherever a machine needs one (feeds, sitemaps, the news
 * sitemap, JSON-LD, Open Graph): an instant as it is; a calendar day at its first instant in the
 * site's zone, the instant it is published at (see scheduling.ts) and sorted by (decision 026).
 */
export function publicationInstant(date: PublicationDate, timeZone: string): Date {
  return new Date(sortInstant(date, timeZone));
}

/** Milliseconds are written only when a timestamp has them. */
const machineTimestampOf = remembered((iso, timeZone) => {
  const zoned = new TZDate(iso, timeZone);
  return format(zoned, zoned.getMilliseconds() === 0 ? "yyyy-MM-dd'T'HH:mm:ssxxx" : "yyyy-MM-dd'T'HH:mm:ss.SSSxxx");
});

/**
 * publicationInstant as ISO 8601 with the site's offset, "2018-05-09T00:00:00-04:00": what
 * JSON-LD, Open Graph, sitemaps (W3C Datetime) and news sitemaps all accept.
 */
export function machineTimestamp(date: PublicationDate, timeZone: string): string {
  return machineTimestampOf(publicationInstant(date, timeZone).toISOString(), timeZone);
}

const feedTimestampOf = remembered((iso, timeZone) => format(new TZDate(iso, timeZone), 'EEE, dd MMM yyyy HH:mm:ss xx'));

/** publicationInstant as RSS writes dates (RFC 822, with the site's numeric offset): "Wed, 09 May 2018 00:00:00 -0400". */
export function feedTimestamp(date: PublicationDate, timeZone: string): string {
  return feedTimestampOf(publicationInstant(date, timeZone).toISOString(), timeZone);
}

/** The calendar day (YYYY-MM-DD) a reader in `timeZone` would say the date falls on. */
export function calendarDay(date: PublicationDate, timeZone: string): string {
  return date.kind === 'day' ? date.iso : zonedDay(date.iso, timeZone);
}

/**
 * Whether `later` is before `earlier`. A day compared with an instant is
 * compared by calendar day in the site's zone; two instants to the millisecond.
 */
export function isBefore(later: PublicationDate, earlier: PublicationDate, timeZone: string): boolean {
  if (later.kind === 'instant' && earlier.kind === 'instant') return Date.parse(later.iso) < Date.parse(earlier.iso);
  return calendarDay(later, timeZone) < calendarDay(earlier, timeZone);
}

/**
 * How the date reads on the page, in newsroom style:
 * "May 9, 2018" for a day; "May 9, 2018 at 2:30 p.m. EDT" for an instant.
 */
export function formatPublicationDate(date: PublicationDate, timeZone: string): string {
  return date.kind === 'day' ? dayInWords(date.iso, timeZone) : instantInWords(date.iso, timeZone);
}

const dayInWords = remembered((iso) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  // Built from local fields and formatted from local fields: no zone is ever involved.
  const local = new Date(0, 0, 1);
  local.setFullYear(y, m - 1, d);
  return format(local, 'MMMM d, yyyy');
});

/**
 * The calendar days a page's articles span (YYYY-MM-DD, oldest first), as a heading says them:
 * "March 4, 2024"; "March 4 to March 9, 2024"; "December 30, 2023 to January 2, 2024".
 * "to", not a dash: screen readers say a dash differently or not at all.
 */
export function daysInWords(first: string, last: string): string {
  if (first === last) return dayInWords(first, '');
  const [firstWords, lastWords] = [dayInWords(first, ''), dayInWords(last, '')];
  const sameYear = first.slice(0, 4) === last.slice(0, 4);
  return `${sameYear ? firstWords.replace(/, \d+$/, '') : firstWords} to ${lastWords}`;
}

const instantInWords = remembered((iso, timeZone) => {
  const zoned = new TZDate(iso, timeZone);
  return `${format(zoned, 'MMMM d, yyyy')} at ${format(zoned, 'h:mm aaaa')} ${zoneAbbreviation(iso, timeZone)}`;
});

/**
 * An instant as the clock at the story's dateline showed it, when that differs from the site's:
 * "9:15 a.m.", or with its day when the two zones are on different days, "May 10, 1:15 a.m.". No
 * zone abbreviation: the page says "local time", and many zones have none in English ("GMT+9").
 * Nothing for a calendar day (no time of day is known) or when the two clocks agree.
 */
export function localTimeInWords(date: PublicationDate, siteZone: string, localZone: string): string | undefined {
  if (date.kind === 'day') return undefined;
  const [site, local] = [new TZDate(date.iso, siteZone), new TZDate(date.iso, localZone)];
  const sameDay = format(site, 'yyyy-MM-dd') === format(local, 'yyyy-MM-dd');
  const clock = format(local, 'h:mm aaaa');
  if (sameDay && clock === format(site, 'h:mm aaaa')) return undefined;
  return sameDay ? clock : `${format(local, 'MMMM d')}, ${clock}`;
}

/** Building an Intl formatter is slow; one per zone serves a whole build. */
const zoneNameFormatters = new Map<string, Intl.DateTimeFormat>();

function zoneAbbreviation(iso: string, timeZone: string): string {
  let formatter = zoneNameFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'short' });
    zoneNameFormatters.set(timeZone, formatter);
  }
  const part = formatter.formatToParts(new Date(iso)).find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}

import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  calendarDay,
  daysInWords,
  feedTimestamp,
  formatPublicationDate,
  isBefore,
  isTimeZone,
  localTimeInWords,
  machineTimestamp,
  parsePublicationDate,
  publicationInstant,
  type PublicationDate,
} from '#lib/dates/publication-date.ts';

const NEW_YORK = 'America/New_York';
// Stubbed, not assigned: restoring an unset TZ by assignment would set the text "undefined" (read
// as UTC) for the files that follow in the same worker.
afterEach(() => {
  vi.unstubAllEnvs();
});

const day = (iso: string): PublicationDate => ({ kind: 'day', iso });
const instant = (iso: string): PublicationDate => ({ kind: 'instant', iso: new Date(iso).toISOString() });

describe('parsePublicationDate', () => {
  it('reads a date-only string as a calendar day', () => {
    expect(parsePublicationDate('2018-05-09')).toEqual(day('2018-05-09'));
  });

  it('rejects an impossible month instead of rolling it over', () => {
    expect(parsePublicationDate('2018-13-40')).toMatch(/not a day of the calendar/);
  });

  it('reads a timestamp with an offset as an instant', () => {
    expect(parsePublicationDate('2018-05-09T14:30:00-04:00')).toEqual(instant('2018-05-09T18:30:00Z'));
  });

  it('rejects a day that is not on the calendar', () => {
    expect(parsePublicationDate('2018-02-30')).toMatch(/not a day of the calendar/);
  });

  it('rejects a timestamp without an offset, showing the offset the site zone has in summer', () => {
    expect(parsePublicationDate('2018-05-09T14:30:00', 'America/New_York')).toBe(
      '"2018-05-09T14:30:00" has no offset from UTC, so its moment is unknown: add it, e.g. "2018-05-09T14:30:00-04:00" (America/New_York on that day) or "2018-05-09T14:30:00Z" (UTC)',
    );
  });

  it("shows the offset the site zone has on the article's own day, in winter", () => {
    expect(parsePublicationDate('2018-12-09T14:30', 'America/New_York')).toMatch(
      /e\.g\. "2018-12-09T14:30-05:00" \(America\/New_York on that day\)/,
    );
    expect(parsePublicationDate('2018-12-09T14:30', 'Asia/Kolkata')).toMatch(/"2018-12-09T14:30\+05:30"/);
  });

  it('offers only UTC when no zone is known', () => {
    expect(parsePublicationDate('2018-05-09T14:30:00')).toMatch(/add it, e\.g\. "2018-05-09T14:30:00Z" \(UTC\)$/);
  });

  it('rejects free text', () => {
    expect(parsePublicationDate('May 9, 2018')).toMatch(/YYYY-MM-DD/);
  });

  it('rejects a missing value', () => {
    expect(parsePublicationDate(undefined)).toMatch(/^is required/);
  });
});

describe('formatPublicationDate', () => {
  it.each(['America/Los_Angeles', 'Pacific/Kiritimati', 'UTC', 'Pacific/Pago_Pago'])(
    'shows a date-only value as the same day when the machine is in %s',
    (zone) => {
      vi.stubEnv('TZ', zone);
      expect(formatPublicationDate(day('2018-05-09'), NEW_YORK)).toBe('May 9, 2018');
    },
  );

  it('shows a timestamp in the site zone with its abbreviation (daylight time)', () => {
    expect(formatPublicationDate(instant('2018-05-09T18:30:00Z'), NEW_YORK)).toBe('May 9, 2018 at 2:30 p.m. EDT');
  });

  it('shows a timestamp in the site zone with its abbreviation (standard time)', () => {
    expect(formatPublicationDate(instant('2018-01-09T15:05:00Z'), NEW_YORK)).toBe('January 9, 2018 at 10:05 a.m. EST');
  });

  it('does not depend on the machine zone for timestamps either', () => {
    vi.stubEnv('TZ', 'Pacific/Kiritimati');
    expect(formatPublicationDate(instant('2018-05-09T18:30:00Z'), NEW_YORK)).toBe('May 9, 2018 at 2:30 p.m. EDT');
  });
});

describe('calendarDay', () => {
  it('is the day itself for a date-only value', () => {
    vi.stubEnv('TZ', 'America/Los_Angeles');
    expect(calendarDay(day('2018-05-09'), NEW_YORK)).toBe('2018-05-09');
  });

  it('is the day in the site zone for an instant (late evening in New York is the next day in UTC)', () => {
    expect(calendarDay(instant('2018-05-10T02:00:00Z'), NEW_YORK)).toBe('2018-05-09');
  });
});

describe('daysInWords', () => {
  it('says one day as a date', () => {
    expect(daysInWords('2024-03-04', '2024-03-04')).toBe('March 4, 2024');
  });

  it('says the year once for days in the same year', () => {
    expect(daysInWords('2024-03-04', '2024-04-02')).toBe('March 4 to April 2, 2024');
  });

  it('says both years for days in different years', () => {
    expect(daysInWords('2023-12-30', '2024-01-02')).toBe('December 30, 2023 to January 2, 2024');
  });
});

describe('isBefore', () => {
  it('compares two instants exactly', () => {
    expect(isBefore(instant('2018-05-09T10:00:00Z'), instant('2018-05-09T10:00:01Z'), NEW_YORK)).toBe(true);
    expect(isBefore(instant('2018-05-09T10:00:01Z'), instant('2018-05-09T10:00:00Z'), NEW_YORK)).toBe(false);
  });

  it('treats an instant on the same calendar day as a date-only value as not before it', () => {
    expect(isBefore(instant('2018-05-09T12:00:00Z'), day('2018-05-09'), NEW_YORK)).toBe(false);
  });

  it('finds an earlier day before a later one', () => {
    expect(isBefore(day('2018-05-08'), day('2018-05-09'), NEW_YORK)).toBe(true);
  });
});

describe('the years a date may fall in', () => {
  it.each(['1000-01-01', '1999-12-31', '9999-12-31', '1851-09-18'])('accepts the day %s', (value) => {
    expect(parsePublicationDate(value)).toEqual({ kind: 'day', iso: value });
  });

  it.each(['0001-01-01', '0099-06-15', '0999-12-31'])('refuses the day %s, before the year 1000, with the range', (value) => {
    expect(parsePublicationDate(value)).toBe(`"${value}" is outside the years 1000–9999, the dates this site can publish under`);
  });

  it('reads years 0–99 as themselves, not as 1900–1999: 29 February 0100 is no day, 29 February 0096 is one (then out of range)', () => {
    expect(parsePublicationDate('0100-02-29')).toMatch(/is not a day of the calendar/);
    expect(parsePublicationDate('0096-02-29')).toMatch(/is outside the years 1000–9999/);
  });

  it.each(['9999-12-31T23:30:00-05:00', '9999-12-31T12:00:00Z', '1000-01-01T06:00:00+09:00'])(
    'refuses the instant %s, whose day in some zone has no four-digit year',
    (value) => {
      expect(parsePublicationDate(value)).toBe(`"${value}" is outside the years 1000–9999, the dates this site can publish under`);
    },
  );

  it('formats a far-future day in words', () => {
    expect(formatPublicationDate({ kind: 'day', iso: '9999-12-31' }, 'America/New_York')).toBe('December 31, 9999');
  });

  it("gives a far-future date-only day its first instant in the site's zone", () => {
    expect(publicationInstant({ kind: 'day', iso: '9999-12-31' }, 'America/New_York').toISOString()).toBe('9999-12-31T05:00:00.000Z');
  });
});

describe('machineTimestamp and feedTimestamp: one instant per date, with the site offset', () => {
  it("write a date-only day as its start in the site's zone, in summer and in winter", () => {
    expect(machineTimestamp(day('2018-05-09'), NEW_YORK)).toBe('2018-05-09T00:00:00-04:00');
    expect(machineTimestamp(day('2018-12-09'), NEW_YORK)).toBe('2018-12-09T00:00:00-05:00');
    expect(feedTimestamp(day('2018-05-09'), NEW_YORK)).toBe('Wed, 09 May 2018 00:00:00 -0400');
  });

  it('write a timestamp as the same instant, in the site zone, whatever the machine zone', () => {
    vi.stubEnv('TZ', 'Asia/Tokyo');
    expect(machineTimestamp(instant('2024-03-05T23:30:00Z'), NEW_YORK)).toBe('2024-03-05T18:30:00-05:00');
    expect(feedTimestamp(instant('2024-03-05T23:30:00Z'), NEW_YORK)).toBe('Tue, 05 Mar 2024 18:30:00 -0500');
  });

  it('keep the milliseconds a timestamp has, and write none it lacks', () => {
    expect(machineTimestamp(instant('2024-03-05T23:30:00.250Z'), 'UTC')).toBe('2024-03-05T23:30:00.250+00:00');
  });

  it('agree on the instant, which is the one the day sorts and is published at', () => {
    for (const date of [day('2018-05-09'), day('2024-11-03'), instant('2024-03-10T07:30:00Z')]) {
      const instantOf = publicationInstant(date, NEW_YORK).getTime();
      expect(Date.parse(machineTimestamp(date, NEW_YORK))).toBe(instantOf);
      expect(Date.parse(feedTimestamp(date, NEW_YORK))).toBe(instantOf);
    }
  });
});

describe('localTimeInWords', () => {
  const MEXICO_CITY = 'America/Mexico_City';

  it('gives the clock at the dateline when it differs from the site zone', () => {
    expect(localTimeInWords(instant('2018-05-09T09:15:00-05:00'), NEW_YORK, MEXICO_CITY)).toBe('9:15 a.m.');
  });

  it('names the local day when the dateline is already on the next day', () => {
    expect(localTimeInWords(instant('2018-05-09T12:15:00-04:00'), NEW_YORK, 'Asia/Tokyo')).toBe('May 10, 1:15 a.m.');
  });

  it('gives nothing for a calendar day: no time of day is known', () => {
    expect(localTimeInWords(day('2018-05-09'), NEW_YORK, MEXICO_CITY)).toBeUndefined();
  });

  it("gives nothing when the dateline keeps the site zone's clock", () => {
    expect(localTimeInWords(instant('2018-05-09T09:15:00-04:00'), NEW_YORK, 'America/Toronto')).toBeUndefined();
  });
});

describe('isTimeZone', () => {
  it.each([
    ['America/Mexico_City', true],
    ['UTC', true],
    ['Mexico City', false],
    ['CDT+1', false],
  ])('%s: %s', (name, known) => {
    expect(isTimeZone(name)).toBe(known);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import {
  calendarDay,
  formatPublicationDate,
  isBefore,
  parsePublicationDate,
  type PublicationDate,
} from '#lib/content/publication-date.ts';

const NEW_YORK = 'America/New_York';
const originalTz = process.env['TZ'];
afterEach(() => {
  process.env['TZ'] = originalTz;
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

  it('rejects a timestamp without an offset', () => {
    expect(parsePublicationDate('2018-05-09T14:30:00')).toMatch(/not a date/);
  });

  it('rejects free text', () => {
    expect(parsePublicationDate('May 9, 2018')).toMatch(/YYYY-MM-DD/);
  });

  it('rejects a missing value', () => {
    expect(parsePublicationDate(undefined)).toMatch(/missing/);
  });
});

describe('formatPublicationDate', () => {
  it.each(['America/Los_Angeles', 'Pacific/Kiritimati', 'UTC', 'Pacific/Pago_Pago'])(
    'shows a date-only value as the same day when the machine is in %s',
    (zone) => {
      process.env['TZ'] = zone;
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
    process.env['TZ'] = 'Pacific/Kiritimati';
    expect(formatPublicationDate(instant('2018-05-09T18:30:00Z'), NEW_YORK)).toBe('May 9, 2018 at 2:30 p.m. EDT');
  });
});

describe('calendarDay', () => {
  it('is the day itself for a date-only value', () => {
    process.env['TZ'] = 'America/Los_Angeles';
    expect(calendarDay(day('2018-05-09'), NEW_YORK)).toBe('2018-05-09');
  });

  it('is the day in the site zone for an instant (late evening in New York is the next day in UTC)', () => {
    expect(calendarDay(instant('2018-05-10T02:00:00Z'), NEW_YORK)).toBe('2018-05-09');
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

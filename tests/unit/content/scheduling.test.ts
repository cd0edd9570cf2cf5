import { describe, expect, it } from 'vitest';
import { isScheduled } from '#lib/content/scheduling.ts';

const NEW_YORK = 'America/New_York';
const now = new Date('2024-03-05T03:00:00Z'); // March 4, 10 p.m. in New York

describe('isScheduled', () => {
  it('holds back an instant after now', () => {
    expect(isScheduled({ kind: 'instant', iso: '2024-03-05T03:00:01.000Z' }, now, NEW_YORK)).toBe(true);
  });

  it('publishes an instant at or before now', () => {
    expect(isScheduled({ kind: 'instant', iso: '2024-03-05T03:00:00.000Z' }, now, NEW_YORK)).toBe(false);
  });

  it('publishes a date-only article on its day in the site zone, even when UTC is a day ahead', () => {
    expect(isScheduled({ kind: 'day', iso: '2024-03-04' }, now, NEW_YORK)).toBe(false);
    expect(isScheduled({ kind: 'day', iso: '2024-03-05' }, now, NEW_YORK)).toBe(true);
  });
});

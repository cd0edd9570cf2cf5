import { describe, expect, it } from 'vitest';
import { isScheduled, previewStatus } from '#lib/content/scheduling.ts';

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

describe('previewStatus', () => {
  const noon = new Date('2024-03-06T12:00:00Z');
  const day = (iso: string) => ({ kind: 'day' as const, iso });

  it('calls a draft a draft, whatever its date', () => {
    expect(previewStatus({ draft: true, date: day('2099-01-01') }, noon, 'America/New_York')).toBe('draft');
  });

  it('calls an article dated after now scheduled', () => {
    expect(previewStatus({ date: day('2024-03-07') }, noon, 'America/New_York')).toBe('scheduled');
  });

  it('gives nothing for a published article', () => {
    expect(previewStatus({ draft: false, date: day('2024-03-06') }, noon, 'America/New_York')).toBeUndefined();
  });
});

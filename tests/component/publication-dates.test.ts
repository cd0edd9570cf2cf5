/**
 * The published and updated dates (PublicationDates.astro), with the story's local time where
 * the article names its dateline's zone, rendered through Astro's container API.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import PublicationDates from '#components/PublicationDates.astro';
import type { PublicationDate } from '#lib/dates/publication-date.ts';

const NEW_YORK = 'America/New_York';
const MEXICO_CITY = 'America/Mexico_City';
const instant = (iso: string): PublicationDate => ({ kind: 'instant', iso: new Date(iso).toISOString() });

async function dates(props: { published: PublicationDate; updated?: PublicationDate; localZone?: string }): Promise<string> {
  const container = await AstroContainer.create();
  const html = await container.renderToString(PublicationDates, { props: { timeZone: NEW_YORK, ...props } });
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('PublicationDates', () => {
  it("gives a timestamp in the site's zone and, with the dateline's zone, the story's local time", async () => {
    expect(await dates({ published: instant('2018-05-09T09:15:00-05:00'), localZone: MEXICO_CITY })).toBe(
      'Published May 9, 2018 at 10:15 a.m. EDT (9:15 a.m. local time)',
    );
  });

  it('gives the local time of an update too', async () => {
    const text = await dates({
      published: instant('2018-05-09T09:15:00-05:00'),
      updated: instant('2018-05-09T16:40:00-05:00'),
      localZone: MEXICO_CITY,
    });
    expect(text).toContain('Updated May 9, 2018 at 5:40 p.m. EDT (4:40 p.m. local time)');
  });

  it('invents no time for a calendar day, whatever the zone', async () => {
    expect(await dates({ published: { kind: 'day', iso: '2018-05-09' }, localZone: MEXICO_CITY })).toBe('Published May 9, 2018');
  });

  it("without the dateline's zone, gives the site's time alone", async () => {
    expect(await dates({ published: instant('2018-05-09T09:15:00-05:00') })).toBe('Published May 9, 2018 at 10:15 a.m. EDT');
  });
});

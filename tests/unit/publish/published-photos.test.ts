/**
 * The published photo folder kept from publish to publish (src/publish/photos/published-photos.ts):
 * what a publish removes from it, the record it trusts, and the folder put back after a kill.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { photosNoLongerShown, readPlacedPhotos, recoverPublishedPhotos } from '#publish/photos/published-photos.ts';
import { temporaryFolder } from '../../support/temporary-folder.ts';

const KEPT = '/_photos/aaaa/400.webp';
const DROPPED_WIDTH = '/_photos/aaaa/1600.webp';
const GONE = '/_photos/bbbb/400.webp';

describe('photosNoLongerShown', () => {
  it('lists the files of a photo no page shows any more', () => {
    expect(photosNoLongerShown({ aaaa: [KEPT], bbbb: [GONE] }, { aaaa: [KEPT] })).toEqual([GONE]);
  });

  it('lists a variant a photo still shown no longer has', () => {
    expect(photosNoLongerShown({ aaaa: [KEPT, DROPPED_WIDTH] }, { aaaa: [KEPT] })).toEqual([DROPPED_WIDTH]);
  });

  it('lists nothing when the same photos are shown', () => {
    expect(photosNoLongerShown({ aaaa: [KEPT] }, { aaaa: [KEPT], bbbb: [GONE] })).toEqual([]);
  });
});

describe('readPlacedPhotos', () => {
  const recordOf = (text: string) => {
    const file = join(temporaryFolder('placed-photos'), 'record.json');
    writeFileSync(file, text);
    return readPlacedPhotos(file);
  };

  it('reads a whole record', () => {
    expect(recordOf(JSON.stringify({ aaaa: [KEPT] }))).toEqual({ aaaa: [KEPT] });
  });

  it('reads none where there is no file', () => {
    expect(readPlacedPhotos(join(temporaryFolder('placed-photos'), 'none.json'))).toBeUndefined();
  });

  it('reads none from a record cut short', () => {
    expect(recordOf(JSON.stringify({ aaaa: [KEPT] }).slice(0, 12))).toBeUndefined();
  });

  it('reads none from a record naming a file outside the photo folder, which a publish would delete', () => {
    expect(recordOf(JSON.stringify({ aaaa: ['/_photos/../index.html'] }))).toBeUndefined();
    expect(recordOf(JSON.stringify({ aaaa: ['/index.html'] }))).toBeUndefined();
  });
});

describe('recoverPublishedPhotos', () => {
  it('puts the photo folder a killed publish moved into staging back into the published site', () => {
    const dir = temporaryFolder('recover-photos');
    mkdirSync(join(dir, 'dist.staging', '_photos', 'aaaa'), { recursive: true });
    mkdirSync(join(dir, 'dist'));
    recoverPublishedPhotos(join(dir, 'dist.staging'), join(dir, 'dist'));
    expect(existsSync(join(dir, 'dist', '_photos', 'aaaa'))).toBe(true);
  });

  it('leaves a published site that has its own photo folder as it is', () => {
    const dir = temporaryFolder('recover-photos');
    mkdirSync(join(dir, 'dist.staging', '_photos', 'new'), { recursive: true });
    mkdirSync(join(dir, 'dist', '_photos', 'aaaa'), { recursive: true });
    recoverPublishedPhotos(join(dir, 'dist.staging'), join(dir, 'dist'));
    expect(existsSync(join(dir, 'dist', '_photos', 'new'))).toBe(false);
  });
});

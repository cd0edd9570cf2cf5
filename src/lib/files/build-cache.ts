/**
 * The build cache (BUILD_CACHE_DIR): a content-addressed cache on disk for work that is slow and pure (social
 * cards, rendered article bodies): the same input always gives the same
 * output, so an unchanged article is never processed twice across builds.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function contentHash(input: unknown): string {
  return createHash('sha256').update(JSON.stringify(input)).digest('hex').slice(0, 32);
}

/** The cached bytes for `key` in `folder`, or the result of `make`, stored for next time. */
export async function cached(folder: string, key: string, make: () => Promise<Buffer>): Promise<Buffer> {
  const file = join(folder, key);
  try {
    return readFileSync(file);
  } catch {
    const bytes = await make();
    mkdirSync(folder, { recursive: true });
    // Written aside and renamed, so a build stopped midway never leaves half a file behind.
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, bytes);
    renameSync(partial, file);
    return bytes;
  }
}

/** Astro's own cache folder (its `cacheDir`), inside the build cache so one setting moves both. */
export function astroCacheDir(buildCacheDir: string): string {
  return join(buildCacheDir, 'astro');
}

/**
 * Vitest global setup: `getCollection()` reads Astro's content store, which
 * only `astro sync` (or a build) writes. Astro writes it in its cache folder
 * (inside BUILD_CACHE_DIR, see astro.config.mjs), while the Vite server vitest
 * runs reads it from .astro/.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { astroCacheDir } from '#lib/cache/build-cache.ts';
import { settings } from '#lib/settings.ts';

export default function syncContent(): void {
  execFileSync('npx', ['astro', 'sync'], { stdio: 'inherit' });
  const written = join(astroCacheDir(settings.buildCacheDir), 'data-store.json');
  if (!existsSync(written)) throw new Error(`astro sync wrote no content store at ${written}`);
  mkdirSync('.astro', { recursive: true });
  copyFileSync(written, '.astro/data-store.json');
}

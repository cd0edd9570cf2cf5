/**
 * Vitest global setup: `getCollection()` reads Astro's content store, which
 * only `astro sync` (or a build) writes. Astro writes it under
 * node_modules/.astro/, while the Vite server vitest runs reads it from .astro/.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';

export default function syncContent(): void {
  execFileSync('npx', ['astro', 'sync'], { stdio: 'inherit' });
  const written = 'node_modules/.astro/data-store.json';
  if (existsSync(written)) {
    mkdirSync('.astro', { recursive: true });
    copyFileSync(written, '.astro/data-store.json');
  }
}

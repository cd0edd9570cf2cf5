/**
 * A notice the build repeats on every run (related items without an address)
 * is printed in full once, then as a one-line summary until it changes: an
 * editor reads it when it is news, and the log of an unchanged site stays short.
 * What was last printed is kept (as a hash) in the build cache.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentHash } from './build-cache.ts';

/** `folder` keeps what was printed (the build cache's `notices` folder). */
export function noticeOncePerChange(folder: string, topic: string, notice: string, summary: string): string {
  const file = join(folder, topic);
  const printed = contentHash(notice);
  let lastPrinted: string | undefined;
  try {
    lastPrinted = readFileSync(file, 'utf8');
  } catch {
    lastPrinted = undefined;
  }
  if (lastPrinted === printed) return summary;
  mkdirSync(folder, { recursive: true });
  writeFileSync(file, printed);
  return notice;
}

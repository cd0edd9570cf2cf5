/**
 * Writes `_headers`, the file static hosts (Netlify, Cloudflare Pages) read
 * for HTTP headers: the security headers, and one Content-Security-Policy
 * allowing exactly the inline styles the built pages carry in their own
 * <meta> policies (see src/lib/metadata/security-headers.ts).
 */
import { closeSync, openSync, readdirSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { headersFile, mergePolicies } from '#lib/metadata/security-headers.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

const POLICY_META = /<meta http-equiv="content-security-policy" content="([^"]+)"/;

/** The page's <meta> policy. It sits early in <head>, so the first 16 KB nearly always hold it. */
function pagePolicy(file: string): string | undefined {
  const head = Buffer.alloc(16_384);
  const fd = openSync(file, 'r');
  const length = readSync(fd, head, 0, head.length, 0);
  closeSync(fd);
  const match = POLICY_META.exec(head.toString('utf8', 0, length)) ?? POLICY_META.exec(readFileSync(file, 'utf8'));
  return match?.[1]?.replaceAll('&#39;', "'");
}

/**
 * The union of every page's <meta> policy, so one header policy fits them all.
 * Pages share a handful of distinct policies; only those are kept (each kept
 * match also pins the 16 KB head it was cut from: 100,000 pages of them ran
 * this process out of memory).
 */
function sitePolicy(dir: string): string {
  const distinct = new Set<string>();
  for (const file of htmlFiles(dir)) {
    const policy = pagePolicy(file);
    if (policy) distinct.add(policy);
  }
  return mergePolicies([...distinct]);
}

export function writeHeadersFile(siteDir: string): void {
  writeFileSync(join(siteDir, '_headers'), headersFile(sitePolicy(siteDir)));
}

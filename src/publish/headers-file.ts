/**
 * Writes `_headers`, the file static hosts (Netlify, Cloudflare Pages) read
 * for HTTP headers: the security headers, and one Content-Security-Policy
 * allowing exactly the inline styles the built pages carry in their own
 * <meta> policies (see src/lib/metadata/security-headers.ts).
 */
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { jsonEntryCheck, readCacheEntry } from '#lib/cache/build-cache.ts';
import { headersFile, mergePolicies } from '#lib/metadata/security-headers.ts';
import { fileIdentity } from './link-or-copy.ts';

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

/** The policies read at the last build, by page identity (an index into `policies`; -1 for none). */
interface KnownPolicies {
  policies: string[];
  pages: Record<string, number>;
}

/** Whether a value read back is KnownPolicies, every page's index pointing at a policy: a wrong one would drop a page's styles from the header. */
function isKnownPolicies(value: unknown): value is KnownPolicies {
  if (typeof value !== 'object' || value === null) return false;
  const { policies, pages } = value as Partial<Record<keyof KnownPolicies, unknown>>;
  if (!Array.isArray(policies) || !policies.every((policy) => typeof policy === 'string')) return false;
  if (typeof pages !== 'object' || pages === null || Array.isArray(pages)) return false;
  return Object.values(pages).every((index) => Number.isInteger(index) && (index as number) >= -1 && (index as number) < policies.length);
}

const wholeKnownPolicies = jsonEntryCheck(isKnownPolicies);

function readKnownPolicies(file: string): KnownPolicies {
  const bytes = readCacheEntry(file, wholeKnownPolicies);
  return bytes ? (JSON.parse(bytes.toString('utf8')) as KnownPolicies) : { policies: [], pages: {} };
}

/**
 * The union of every page's <meta> policy, so one header policy fits them all.
 * Pages share a handful of distinct policies; only those are kept (each kept
 * match also pins the 16 KB head it was cut from: 100,000 pages of them ran
 * this process out of memory). A page that is the same file as at the last build
 * (`knownFile`, by fileIdentity) is not read again.
 */
function sitePolicy(dir: string, knownFile: string): string {
  const known = readKnownPolicies(knownFile);
  const now: KnownPolicies = { policies: [], pages: {} };
  const indexOf = new Map<string, number>();
  for (const file of htmlFiles(dir)) {
    const identity = fileIdentity(statSync(file));
    const knownIndex = known.pages[identity];
    const policy = knownIndex === undefined ? pagePolicy(file) : known.policies[knownIndex];
    if (policy === undefined) {
      now.pages[identity] = -1;
      continue;
    }
    if (!indexOf.has(policy)) indexOf.set(policy, now.policies.push(policy) - 1);
    now.pages[identity] = indexOf.get(policy)!;
  }
  mkdirSync(dirname(knownFile), { recursive: true });
  writeFileSync(knownFile, JSON.stringify(now));
  return mergePolicies(now.policies);
}

/** Writes `_headers` in `siteDir`; `knownFile` keeps each page's policy for the next build. */
export function writeHeadersFile(siteDir: string, knownFile: string): void {
  writeFileSync(join(siteDir, '_headers'), headersFile(sitePolicy(siteDir, knownFile)));
}

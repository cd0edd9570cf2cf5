/**
 * The security policy every page ships, and the `_headers` file static hosts
 * (Netlify, Cloudflare Pages) read. Pages carry the policy in a <meta> element
 * (Astro adds the hashes of their inline styles); the header repeats it for
 * the whole site and adds what a <meta> policy cannot carry (frame-ancestors).
 */

/** Directives for every page, beside the script-src and style-src Astro writes. */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-src 'none'",
  "manifest-src 'self'",
] as const;

/** Joins several policies into one allowing what each allows (sources per directive, merged). */
export function mergePolicies(policies: string[]): string {
  const directives = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const directive of policy.split(';')) {
      const [name, ...sources] = directive.trim().split(/\s+/);
      if (!name) continue;
      const set = directives.get(name) ?? new Set<string>();
      for (const source of sources) set.add(source);
      directives.set(name, set);
    }
  }
  return [...directives.entries()].map(([name, sources]) => [name, ...[...sources].sort()].join(' ')).join('; ');
}

export function headersFile(pagePolicy: string): string {
  const policy = `${mergePolicies([pagePolicy, ...CSP_DIRECTIVES])}; frame-ancestors 'none'`;
  return [
    '/*',
    `  Content-Security-Policy: ${policy}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
    '  Strict-Transport-Security: max-age=63072000; includeSubDomains; preload',
    '  X-Frame-Options: DENY',
    '',
    '/pagefind/*',
    '  Cache-Control: public, max-age=3600',
    '',
    '/_astro/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
    // Named by the original's bytes and the encoder settings: new bytes get a new name.
    '/_photos/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ].join('\n');
}

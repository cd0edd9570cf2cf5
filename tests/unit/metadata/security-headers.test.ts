import { describe, expect, it } from 'vitest';
import { headersFile, mergePolicies } from '#lib/metadata/security-headers.ts';

describe('mergePolicies', () => {
  it('unites the sources of each directive', () => {
    expect(mergePolicies(["style-src 'self' 'sha256-a'", "style-src 'self' 'sha256-b'; object-src 'none'"])).toBe(
      "style-src 'self' 'sha256-a' 'sha256-b'; object-src 'none'",
    );
  });
});

describe('headersFile', () => {
  const file = headersFile("script-src 'self'; style-src 'self' 'sha256-a'");

  it('forbids framing, which only a header can do', () => {
    expect(file).toMatch(/Content-Security-Policy: .*frame-ancestors 'none'/);
  });

  it('never allows inline scripts or eval', () => {
    expect(file).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it('caches hashed assets for a year', () => {
    expect(file).toMatch(/\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable/);
  });

  it('caches photo variants, named by their bytes, for a year', () => {
    expect(file).toMatch(/\/_photos\/\*\n {2}Cache-Control: public, max-age=31536000, immutable/);
  });
});

import { describe, expect, it } from 'vitest';
import { policyFirst } from '#lib/metadata/policy-placement.ts';

const POLICY = `<meta http-equiv="content-security-policy" content="default-src 'self'">`;

describe('policyFirst', () => {
  it('moves the policy to straight after the charset, ahead of scripts', () => {
    const html = `<html><head><meta charset="utf-8"><title>T</title><script src="/article.js" defer></script>${POLICY}<style>p{}</style></head><body></body></html>`;
    expect(policyFirst(html)).toBe(
      `<html><head><meta charset="utf-8">${POLICY}<title>T</title><script src="/article.js" defer></script><style>p{}</style></head><body></body></html>`,
    );
  });

  it('leaves a page whose policy already comes first as it is', () => {
    const html = `<head><meta charset="utf-8">${POLICY}<title>T</title></head>`;
    expect(policyFirst(html)).toBe(html);
  });

  it('leaves a page with no policy as it is', () => {
    const html = '<head><meta charset="utf-8"><title>T</title></head>';
    expect(policyFirst(html)).toBe(html);
  });
});

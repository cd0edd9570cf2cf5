import { describe, expect, it } from 'vitest';
import { isLinkAddress, isSitePath, isWebAddress } from '#lib/addresses/safe-url.ts';

describe('isLinkAddress', () => {
  it.each(['https://www.washingtonpost.com/world/', 'http://example.org/a?b=c', '/world/2018/05/09/story/'])('accepts %s', (address) =>
    expect(isLinkAddress(address)).toBe(true),
  );

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'ftp://example.org/file',
    '//evil.example/path',
    'world/relative',
    'mailto:desk@example.org',
    '',
  ])('rejects %s', (address) => expect(isLinkAddress(address)).toBe(false));
});

describe('isSitePath', () => {
  it('rejects a backslash that browsers treat as a slash', () => {
    expect(isSitePath('/\\evil.example')).toBe(false);
  });
});

describe('isWebAddress', () => {
  it('needs a host', () => {
    expect(isWebAddress('https://')).toBe(false);
  });
});

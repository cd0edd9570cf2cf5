import { describe, expect, it } from 'vitest';
import {
  isLinkAddress,
  isSitePath,
  isWebAddress,
  withPageSlash,
  hasDotSegment,
  normalisedAddress,
  disguisedExternalAddress,
  hasCredentials,
} from '#lib/addresses/safe-url.ts';

describe('hasCredentials', () => {
  it.each([
    'https://user:secret@example.org/',
    'https://user@example.org/',
    'https://:secret@example.org/',
    'HTTP://User:Secret@Example.org/',
    'https:user:secret@example.org/',
    'https://user%40corp:p%40ss@example.org/',
  ])('finds the credentials in %s', (address) => expect(hasCredentials(address)).toBe(true));

  it.each([
    'https://example.org/',
    'https://social.example/@reporter',
    'https://example.org/?to=a@b.org',
    '/by/a@b/',
    'mailto:desk@example.org',
    'not an address',
  ])('finds none in %s', (address) => expect(hasCredentials(address)).toBe(false));
});

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

describe('hasDotSegment', () => {
  it.each(['/photos/../secret.jpg', '/./x/', '/a/%2e%2e/b/', '/a/%2E/b', '/a/..', '/a/..?q'])('finds the dot segment in %s', (path) => {
    expect(hasDotSegment(path)).toBe(true);
  });

  it.each(['/photos/story.jpg', '/a/.well-known/x', '/a/..b/', '/a/b.c/'])('finds none in %s', (path) => {
    expect(hasDotSegment(path)).toBe(false);
  });
});

describe('normalisedAddress', () => {
  it.each([
    ['https://example.org/a"b', 'https://example.org/a%22b'],
    ['https://Example.ORG/x?q=a b', 'https://example.org/x?q=a%20b'],
    ['https://example.org/é', 'https://example.org/%C3%A9'],
    ['/world/a"b/', '/world/a%22b/'],
    ['/world/?q=1#top', '/world/?q=1#top'],
  ])('writes %s as browsers read it: %s', (typed, normal) => {
    expect(normalisedAddress(typed)).toBe(normal);
  });
});

describe('disguisedExternalAddress', () => {
  it.each([
    ['/\\evil.example/', 'https://evil.example/'],
    ['\\\\evil.example/x', 'https://evil.example/x'],
    ['//evil.example/x', 'https://evil.example/x'],
  ])('reads %s as the other site it goes to', (href, address) => {
    expect(disguisedExternalAddress(href)).toBe(address);
  });

  it.each(['/world/', '#notes', 'mailto:desk@example.org', 'https://example.org/', 'other/page/'])('leaves %s alone', (href) => {
    expect(disguisedExternalAddress(href)).toBeUndefined();
  });
});

describe('withPageSlash', () => {
  it('ends a page address without its last slash in one', () => {
    expect(withPageSlash('/world/2018/05/09/story')).toBe('/world/2018/05/09/story/');
  });

  it('keeps a query or fragment after the added slash', () => {
    expect(withPageSlash('/world?page=2#top')).toBe('/world/?page=2#top');
  });

  it('leaves a file, a page already ending in a slash and an address elsewhere as they are', () => {
    expect(['/rss.xml', '/world/', 'https://example.com/a', '/'].map(withPageSlash)).toEqual([
      '/rss.xml',
      '/world/',
      'https://example.com/a',
      '/',
    ]);
  });
});

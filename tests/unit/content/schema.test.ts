import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticleSource } from '#lib/content/frontmatter.ts';
import { articleSchemaIn } from '#lib/content/schema.ts';

const seedFile = 'content/articles/mexico-frustration-with-trump-grows.md';
const seedFrontmatter = parseArticleSource(readFileSync(seedFile, 'utf8')).frontmatter;

/** The seed's frontmatter as the loader hands it to the schema: with its registered section's slug (registered-names.ts). */
const valid = (): Record<string, unknown> => ({ ...structuredClone(seedFrontmatter), sectionSlug: 'world' });

/** The problems zod reports, as "path: message" lines. */
function problems(frontmatter: Record<string, unknown>): string[] {
  const result = articleSchemaIn('America/New_York').safeParse(frontmatter);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('article schema', () => {
  it('accepts the seed entry', () => {
    expect(problems(valid())).toEqual([]);
  });

  it('reads the seed date as the calendar day 2018-05-09', () => {
    expect(articleSchemaIn('America/New_York').parse(valid()).date).toEqual({ kind: 'day', iso: '2018-05-09' });
  });

  it('keeps all eight related items, in order, four without an address', () => {
    const { relatedLinks } = articleSchemaIn('America/New_York').parse(valid());
    expect(relatedLinks).toHaveLength(8);
    expect(relatedLinks.filter((link) => !link.url)).toHaveLength(4);
  });

  it('rejects a missing headline', () => {
    const fm = valid();
    delete fm['headline'];
    expect(problems(fm)).toEqual([expect.stringMatching(/^headline: /)]);
  });

  it.each(['   ', '\u200B', '\u200B\u00AD\u200D', '\u2060 \uFEFF'])('rejects a headline a reader cannot see: %j', (headline) => {
    expect(problems({ ...valid(), headline })).toEqual([
      'headline: headline must not be empty (spaces and invisible characters alone do not count)',
    ]);
  });

  it('rejects a dek of zero-width spaces like an empty one', () => {
    expect(problems({ ...valid(), dek: '\u200B\u200B' })).toEqual([
      'dek: dek must not be empty (spaces and invisible characters alone do not count)',
    ]);
  });

  it('rejects an empty byline', () => {
    expect(problems({ ...valid(), byline: [] })).toEqual([expect.stringMatching(/^byline: .*at least one credit/)]);
  });

  it('rejects a date in neither form', () => {
    expect(problems({ ...valid(), date: 'May 9, 2018' })).toEqual([expect.stringMatching(/^date: .*YYYY-MM-DD/)]);
  });

  it('rejects updated before date', () => {
    expect(problems({ ...valid(), updated: '2018-05-08' })).toEqual([expect.stringMatching(/^updated: .*before date/)]);
  });

  it('accepts updated later the same day as a date-only date', () => {
    expect(problems({ ...valid(), updated: '2018-05-09T16:00:00-04:00' })).toEqual([]);
  });

  const CREDENTIALS =
    'must not hold a user name or password ("user:password@" before the host): the page would publish them for anyone to read; remove them from the address';

  it.each([
    ['a related link', (address: string) => ({ relatedLinks: [{ title: 'A', url: address }] }), 'relatedLinks.0.url'],
    ['the source', (address: string) => ({ source: { publisher: 'Wire', url: address } }), 'source.url'],
    ['a one-off credit', (address: string) => ({ byline: [{ name: 'Wire', oneOff: true, url: address }] }), 'byline.0.url'],
  ])('refuses a user name or password in the address of %s', (_, fields, path) => {
    for (const address of [
      'https://user:secret@example.org/a',
      'https://user@example.org/a',
      'https://:secret@example.org/',
      'https:user:secret@example.org/',
    ])
      expect(problems({ ...valid(), ...fields(address) })).toEqual([`${path}: ${CREDENTIALS}`]);
  });

  it('accepts an @ in the path of an address', () => {
    expect(problems({ ...valid(), relatedLinks: [{ title: 'A', url: 'https://social.example/@reporter' }] })).toEqual([]);
  });

  it('rejects a javascript: related link', () => {
    const fm = valid();
    fm['relatedLinks'] = [{ title: 'Click me', url: 'javascript:alert(1)' }];
    expect(problems(fm)).toEqual([expect.stringMatching(/^relatedLinks\.0\.url: /)]);
  });

  it('rejects a data: related link', () => {
    const fm = valid();
    fm['relatedLinks'] = [{ title: 'Click me', url: 'data:text/html,hi' }];
    expect(problems(fm)).toEqual([expect.stringMatching(/^relatedLinks\.0\.url: /)]);
  });

  it('accepts a related link to a site path', () => {
    const fm = valid();
    fm['relatedLinks'] = [{ title: 'Ours', url: '/world/' }];
    expect(problems(fm)).toEqual([]);
  });

  it('rejects a photo src without alt text', () => {
    const fm = valid();
    fm['photo'] = { caption: 'c', credit: 'k', src: './photo.jpg' };
    expect(problems(fm)).toEqual(['photo.alt: alt text is required when the photo has a src']);
  });

  it('accepts a photo with caption and credit only', () => {
    const fm = valid();
    fm['photo'] = { caption: 'c', credit: 'k' };
    expect(problems(fm)).toEqual([]);
  });

  it('rejects an unknown key, naming it', () => {
    expect(problems({ ...valid(), hedline: 'typo' })).toEqual([expect.stringMatching(/unknown field "hedline"/)]);
  });

  it('rejects an unknown key inside a related link', () => {
    const fm = valid();
    fm['relatedLinks'] = [{ title: 'A', link: '/a/' }];
    expect(problems(fm)).toEqual([expect.stringMatching(/^relatedLinks\.0: .*link/)]);
  });

  it('requires a section', () => {
    const fm = valid();
    delete fm['section'];
    expect(problems(fm)).toEqual([expect.stringMatching(/^section: /)]);
  });

  it('rejects a source address that is not http(s)', () => {
    expect(problems({ ...valid(), source: { publisher: 'P', url: 'javascript:alert(1)' } })).toEqual([
      expect.stringMatching(/^source\.url: /),
    ]);
  });
});

describe('names shown in navigation and the search filters', () => {
  const markup = [
    '<meta http-equiv="refresh" content="0; url=https://attacker.example/">',
    '<img src=/favicon.svg>',
    'World<a href="https://attacker.example/">',
    'Desk <script>',
    'a > b',
  ];

  it.each(markup)('refuses the section %s', (value) => {
    expect(problems({ ...valid(), section: value })).toEqual([
      expect.stringMatching(/^section: section must be plain text: "<" and ">" are not allowed/),
    ]);
  });

  it.each(markup)('refuses the byline name %s', (value) => {
    expect(problems({ ...valid(), byline: [{ name: value, kind: 'person' }] })).toEqual([
      expect.stringMatching(/^byline\.0\.name: name must be plain text/),
    ]);
  });

  it.each(markup)('refuses the subsection and the tag %s', (value) => {
    expect(problems({ ...valid(), subsection: value, tags: ['Trade', value] })).toEqual([
      expect.stringMatching(/^subsection: subsection must be plain text/),
      expect.stringMatching(/^tags\.1: tag must be plain text/),
    ]);
  });

  it.each(['Science & Health', 'C++', "O'Brien & Sons", 'Q&A: “Why” — 2024'])('accepts the plain name %s', (value) => {
    expect(problems({ ...valid(), section: value, tags: [value], byline: [{ name: value }] })).toEqual([]);
  });
});

describe('limits on what one field may hold', () => {
  it.each([
    ['headline', 'x'.repeat(301), 'headline: headline is 301 characters, over the limit of 300'],
    ['headline', 'x'.repeat(1_000_000), 'headline: headline is 1,000,000 characters, over the limit of 300'],
    ['dek', 'x'.repeat(601), 'dek: dek is 601 characters, over the limit of 600'],
    ['section', 'x'.repeat(201), 'section: section is 201 characters, over the limit of 200'],
    ['dateline', 'x'.repeat(201), 'dateline: dateline is 201 characters, over the limit of 200'],
  ])('refuses a %s over its limit, with the measured length', (field, value, problem) => {
    expect(problems({ ...valid(), [field]: value })).toEqual([problem]);
  });

  it('accepts a headline at the limit', () => {
    expect(problems({ ...valid(), headline: 'x'.repeat(300) })).toEqual([]);
  });

  it.each([
    ['tags', Array.from({ length: 51 }, (_, i) => `Tag ${i}`), 'tags: tags has 51 entries, over the limit of 50'],
    [
      'relatedLinks',
      Array.from({ length: 51 }, (_, i) => ({ title: `Link ${i}` })),
      'relatedLinks: relatedLinks has 51 entries, over the limit of 50',
    ],
    ['byline', Array.from({ length: 51 }, (_, i) => ({ name: `Reporter ${i}` })), 'byline: byline has 51 entries, over the limit of 50'],
  ])('refuses more than 50 %s', (field, value, problem) => {
    expect(problems({ ...valid(), [field]: value })).toEqual([problem]);
  });

  it('refuses an address over 2,000 characters', () => {
    const url = `https://example.org/${'a'.repeat(2000)}`;
    expect(problems({ ...valid(), relatedLinks: [{ title: 'Long', url }] })).toEqual([
      'relatedLinks.0.url: the address is 2,020 characters, over the limit of 2,000',
    ]);
  });
});

describe('names that give no address', () => {
  it.each([
    ['section', '!!!'],
    ['section', '🎉🎉'],
    ['subsection', '— · —'],
    ['tags', ['Trade', '???']],
    ['byline', [{ name: '***' }]],
  ])('refuses a %s of only punctuation or emoji (%j)', (field, value) => {
    expect(problems({ ...valid(), [field]: value }).join('\n')).toMatch(/gives no address: a name needs at least one letter or digit/);
  });
});

describe('addresses as browsers read them', () => {
  it('escapes a quotation mark in a related link rather than publishing it raw', () => {
    const { relatedLinks } = articleSchemaIn('America/New_York').parse({
      ...valid(),
      relatedLinks: [{ title: 'T', url: 'https://example.org/a"b' }],
    });
    expect(relatedLinks[0]?.url).toBe('https://example.org/a%22b');
  });

  it('escapes a quotation mark in the source address', () => {
    const { source } = articleSchemaIn('America/New_York').parse({
      ...valid(),
      source: { publisher: 'P', url: 'https://example.org/"x"' },
    });
    expect(source?.url).toBe('https://example.org/%22x%22');
  });

  it.each([
    ['relatedLinks', [{ title: 'T', url: '/world/../search/' }], 'relatedLinks.0.url'],
    ['relatedLinks', [{ title: 'T', url: '/world/%2e%2e/x/' }], 'relatedLinks.0.url'],
  ])('refuses a %s path with dot segments, which would pass the check meant to confirm a file', (field, value, path) => {
    expect(problems({ ...valid(), [field]: value })).toEqual([
      `${path}: must not have "." or ".." segments, which browsers resolve away to another address`,
    ]);
  });

  it.each([
    ['../../package.json', 'must be a file beside the article; ".." would reach outside its folder'],
    ['./../secret.jpg', 'must be a file beside the article; ".." would reach outside its folder'],
    ['https://images.example.org/x.jpg', 'must be a file beside the article, not an address'],
    ['/photos/x.jpg', 'must be a file beside the article (e.g. ./photo.jpg): make the article a folder'],
    ['./notes.txt', 'must be a JPEG, PNG, WebP, AVIF, GIF or TIFF file'],
  ])('refuses a photo src %s that is not an image file beside the article', (src, problem) => {
    expect(problems({ ...valid(), photo: { caption: 'C', credit: 'K', src, alt: 'A' } }).join()).toContain(problem);
  });

  it.each(['./photo.jpg', 'photo.JPEG', './images/photo.webp'])('accepts a photo src %s beside the article', (src) => {
    expect(problems({ ...valid(), photo: { caption: 'C', credit: 'K', src, alt: 'A' } })).toEqual([]);
  });

  it('refuses a typed width or height: the size is read from the file', () => {
    expect(problems({ ...valid(), photo: { caption: 'C', credit: 'K', src: './p.jpg', alt: 'A', width: 1200 } })).toEqual([
      'photo: unknown field "width": check the spelling against the frontmatter reference in docs/authoring.md',
    ]);
  });

  it.each(['/\\evil.example/', '\\\\evil.example'])('refuses a related link %s that browsers read as another site', (url) => {
    expect(problems({ ...valid(), relatedLinks: [{ title: 'T', url }] })).toEqual([
      'relatedLinks.0.url: must be an absolute http:// or https:// address or a site path starting with "/"',
    ]);
  });
});

describe('a misspelt field', () => {
  it('is never told to be a field the build writes itself ("sumary" is not "summary")', () => {
    expect(problems({ ...valid(), sumary: 'x' })).toEqual([
      ': unknown field "sumary": check the spelling against the frontmatter reference in docs/authoring.md',
    ]);
  });

  it('is told the field an author may write ("headlin" is "headline")', () => {
    const { headline, ...rest } = valid();
    expect(problems({ ...rest, headlin: headline })).toContain(
      ': unknown field "headlin" (did you mean "headline"?): check the spelling against the frontmatter reference in docs/authoring.md',
    );
  });

  it("accepts a dateline's zone named as the IANA database names it", () => {
    expect(articleSchemaIn('America/New_York').parse({ ...valid(), datelineZone: 'America/Mexico_City' }).datelineZone).toBe(
      'America/Mexico_City',
    );
  });

  it("rejects a dateline's zone the IANA database does not know, saying how to write one", () => {
    expect(problems({ ...valid(), datelineZone: 'Mexico City' })).toEqual([
      'datelineZone: datelineZone "Mexico City" is not a time zone name; write an IANA name, e.g. America/Mexico_City',
    ]);
  });
});

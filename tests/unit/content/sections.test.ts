import { describe, expect, it } from 'vitest';
import { registeredSections, sectionsFileSchema } from '#lib/content/sections.ts';

const isRootName = (slug: string) => ['search', 'by', 'tags', 'page', 'pagefind'].includes(slug);
const registry = (entries: unknown) => registeredSections(sectionsFileSchema.parse(entries), isRootName);

describe('registeredSections', () => {
  it('gives each section and subsection a slug from its name unless it has one', () => {
    const { sections, problems } = registry([
      { name: 'World', description: 'News from abroad.', subsections: [{ name: 'The Americas', description: 'The Americas.' }] },
      { name: 'Science & Health', slug: 'science', description: 'Science.' },
    ]);
    expect(problems).toEqual([]);
    expect(sections.map((section) => section.slug)).toEqual(['world', 'science']);
    expect(sections[0]?.subsections[0]?.slug).toBe('the-americas');
  });

  it.each(['search', 'by', 'tags', 'page', 'pagefind'])("refuses a section whose address would be the site's own /%s/", (slug) => {
    expect(registry([{ name: 'Anything', slug, description: 'D.' }]).problems[0]).toMatch(/is the site's own/);
  });

  it('refuses two sections with one address', () => {
    expect(
      registry([
        { name: 'World', description: 'D.' },
        { name: 'World News', slug: 'world', description: 'D.' },
      ]).problems,
    ).toEqual(['section "World News" and section "World" would both be /world/; give one a different name or slug']);
  });

  it.each([
    ['in two cases', 'world'],
    ['in NFC and NFD', 'World'],
  ])('refuses two sections with one name %s, naming both', (_how, other) => {
    const { problems } = registry([
      { name: 'Café', slug: 'cafe', description: 'D.' },
      { name: other === 'World' ? 'Café'.normalize('NFD') : 'café', slug: 'coffee', description: 'D.' },
    ]);
    expect(problems).toEqual([
      `section "${other === 'World' ? 'Café'.normalize('NFD') : 'café'}" (slug coffee) has the name of section "Café" (slug cafe); give one of them another name`,
    ]);
  });

  it('refuses two subsections of one section with one name, naming both', () => {
    expect(
      registry([
        {
          name: 'World',
          description: 'D.',
          subsections: [
            { name: 'Europe', description: 'E.' },
            { name: 'EUROPE', slug: 'eu', description: 'E.' },
          ],
        },
      ]).problems,
    ).toEqual([
      'subsection "EUROPE" (slug eu) of "World" has the name of subsection "Europe" (slug europe) of "World"; give one of them another name',
    ]);
  });

  it.each([
    ['Search', 'search-desk'],
    ['Pagefind', 'pagefind-desk'],
    ['By', 'bylines'],
  ])('files a section named like a served page, %s, at its own slug /%s/', (name, slug) => {
    const { sections, problems } = registry([{ name, slug, description: 'D.' }]);
    expect(problems).toEqual([]);
    expect(sections[0]?.slug).toBe(slug);
  });

  it("refuses a section whose slug is a standing page's address, naming the page", () => {
    const owner = (slug: string) => (slug === 'about' ? 'the standing page content/pages/about.md' : false);
    expect(registeredSections(sectionsFileSchema.parse([{ name: 'About', description: 'D.' }]), owner).problems).toEqual([
      'section "About": the address /about/ is also the address of the standing page content/pages/about.md; give the section another slug, or rename the page',
    ]);
  });

  it.each([
    [[{ name: 'World' }], /description/],
    [[{ name: 'World', description: 'D.', colour: 'red' }], /unknown field "colour"/],
    [[{ name: 'World', slug: 'World Desk', description: 'D.' }], /slug must be lowercase/],
    [[], /at least one section/],
  ])('refuses a malformed registry: %j', (entries, problem) => {
    const result = sectionsFileSchema.safeParse(entries);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message).join('\n')).toMatch(problem);
  });
});

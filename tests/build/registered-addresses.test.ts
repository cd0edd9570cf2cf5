/**
 * Addresses come from the registries, never from names: one small build over
 * a section whose name is a served page's ("Search") with its own slug, and two
 * authors whose names differ by a middle name and an accent, one of them in a
 * file named like the other's name (issue #29).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/site-build.ts';

const SECTIONS = `- name: Search
  slug: search-desk
  description: Stories about search engines.
  subsections:
    - name: Engines
      slug: engine-room
      description: How the engines work.
`;
/** The file ana-ruiz.md is Ana María Ruiz's; Ana Ruiz is aruiz.md. */
const AUTHORS = {
  'aruiz.md': '---\nname: Ana Ruiz\nkind: person\n---\n\nAna Ruiz covers search.\n',
  'ana-ruiz.md': '---\nname: Ana María Ruiz\nkind: person\n---\n\nAna María Ruiz edits the desk.\n',
};
const article = (headline: string, by: string, date: string, subsection = '') =>
  `---\nheadline: ${headline}\nbyline:\n  - name: ${by}\ndate: ${date}\nsection: Search\n${subsection ? `subsection: ${subsection}\n` : ''}---\n\n${headline}, the story.\n`;

let work = '';
let site = '';
let result: ReturnType<typeof buildSite> | undefined;
const page = (path: string) => readFileSync(join(site, path, 'index.html'), 'utf8');

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'registered-addresses-'));
  const content = join(work, 'content');
  mkdirSync(join(content, 'articles'), { recursive: true });
  mkdirSync(join(content, 'authors'));
  writeFileSync(join(content, 'sections.yaml'), SECTIONS);
  for (const [name, text] of Object.entries(AUTHORS)) writeFileSync(join(content, 'authors', name), text);
  writeFileSync(join(content, 'articles', 'engine-story.md'), article('Engine story', 'Ana Ruiz', '2024-01-02', 'Engines'));
  writeFileSync(join(content, 'articles', 'desk-story.md'), article('Desk story', 'Ana María Ruiz', '2024-01-03'));
  site = join(work, 'dist');
  result = buildSite(site, { CONTENT_DIR: content, BUILD_CACHE_DIR: join(work, 'cache') });
}, 300_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('a build where names and registered slugs differ', () => {
  it('succeeds', () => {
    expect(result?.output).not.toMatch(/ContentValidationError/);
    expect(result?.status).toBe(0);
  });

  it("puts the section front at the section's slug, with its articles, and leaves /search/ the search page", () => {
    expect(page('/search-desk/')).toContain('href="/search-desk/2024/01/02/engine-story/"');
    expect(page('/search-desk/')).toContain('href="/search-desk/2024/01/03/desk-story/"');
    expect(page('/search/')).not.toContain('engine-story');
    expect(existsSync(join(site, 'search-desk', 'rss.xml'))).toBe(true);
    expect(existsSync(join(site, 'search-desk', 'engine-room', 'index.html'))).toBe(true);
  });

  it("puts each author's page at their file name, listing only their own articles", () => {
    expect(page('/by/aruiz/')).toContain('engine-story');
    expect(page('/by/aruiz/')).not.toContain('desk-story');
    expect(page('/by/ana-ruiz/')).toContain('Ana María Ruiz');
    expect(page('/by/ana-ruiz/')).toContain('desk-story');
    expect(page('/by/ana-ruiz/')).not.toContain('engine-story');
  });

  it("links the byline and the structured data to the author's page at their file name", () => {
    const story = page('/search-desk/2024/01/02/engine-story/');
    expect(story).toContain('href="/by/aruiz/"');
    expect(story).toMatch(/"name":"Ana Ruiz","url":"https?:\/\/[^"]+\/by\/aruiz\/"/);
    expect(story).not.toContain('/by/ana-ruiz/');
  });
});

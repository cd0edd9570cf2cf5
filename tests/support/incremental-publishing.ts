/**
 * The machinery of the incremental build's proof (tests/build/incremental-build*.test.ts): an
 * archive of the fixture's content plus generated articles in a copy of the project, the newsroom's
 * edits as steps (publishing, correcting a headline, moving an article to another day or section,
 * retagging, rewriting, changing related links, renaming with a redirect, scheduling, deleting,
 * replacing or touching a photo or a portrait under the same name, the clock moving on, renaming a
 * section or an author, editing a bio, saving files unchanged, a setting changed between publishes,
 * the build cache cut short, the code edited: a component, a library module, what the middleware
 * imports), their fast-check arbitraries, and the check that a sequence of them, each followed by
 * an incremental build, ends byte for byte on what a full build of the same content and code gives
 * from an empty cache. The builds run in a copy of the project, whose code the steps edit, not the
 * code other tests build.
 */
import {
  appendFileSync,
  cpSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { expect } from 'vitest';
import { buildSite, filesUnder, FIXTURE_SETTINGS, siteDifferences } from './site-build.ts';

const FIXTURE = join(process.cwd(), 'tests', 'fixtures', 'site-content');

const SECTIONS = ['World', 'Local', 'Testing'] as const;
const WORDS = ['council', 'river', 'budget', 'vote', 'harbour', "mayor's", 'talks', 'storm', 'school', 'bridge', 'late', 'new'];
const TAGS = ['Trade', 'Budget', 'Rivers'];
const REPORTERS = ['Fixture Reporter One', 'Fixture Reporter Two'];
/** Published fixture articles a generated article may link to. */
const LINKABLE = [
  { title: 'Council approves a budget', url: '/local/2024/03/05/synthetic-council-budget-vote/' },
  { title: 'Frustration with Trump grows', url: '/world/2018/05/09/mexico-frustration-with-trump-grows/' },
];

export interface Article {
  headline: string;
  reporter: string;
  section: (typeof SECTIONS)[number];
  inSubsection: boolean;
  /** A day before the fixture's "now" (2024-03-06). */
  day: string;
  tags: string[];
  body: string;
  related: boolean;
  scheduled: boolean;
  redirectFrom: string[];
}

const words = (min: number, max: number) =>
  fc.array(fc.constantFrom(...WORDS), { minLength: min, maxLength: max }).map((list) => list.join(' '));
const day = fc.integer({ min: 0, max: 64 }).map((offset) => new Date(Date.UTC(2024, 0, 1 + offset)).toISOString().slice(0, 10));

export const articleArb: fc.Arbitrary<Article> = fc.record({
  headline: words(2, 6).map((text) => `Synthetic ${text}`),
  reporter: fc.constantFrom(...REPORTERS),
  section: fc.constantFrom(...SECTIONS),
  inSubsection: fc.boolean(),
  day,
  tags: fc.subarray(TAGS),
  body: fc.array(words(3, 12), { minLength: 1, maxLength: 3 }).map((paragraphs) => paragraphs.map((p) => `Synthetic ${p}.`).join('\n\n')),
  related: fc.boolean(),
  scheduled: fc.constant(false),
  redirectFrom: fc.constant([]),
});

export type Step =
  | { kind: 'publish'; article: Article }
  | {
      kind: 'edit';
      target: number;
      change: Partial<Pick<Article, 'headline' | 'day' | 'section' | 'inSubsection' | 'tags' | 'body' | 'related'>>;
    }
  | { kind: 'rename'; target: number }
  | { kind: 'schedule'; target: number }
  | { kind: 'delete'; target: number }
  | { kind: 'edit fixture'; file: string; paragraph: string }
  | { kind: 'replace photo'; photo: keyof typeof PHOTOS; with: keyof typeof PHOTOS }
  | { kind: 'touch photo'; photo: keyof typeof PHOTOS }
  | { kind: 'advance clock'; hours: number }
  | { kind: 'rename section' }
  | { kind: 'rename author' }
  | { kind: 'edit bio'; sentence: string }
  | { kind: 'save unchanged' }
  | { kind: 'change page size' }
  | { kind: 'cut cache short' }
  | { kind: 'edit code'; edit: keyof typeof CODE_EDITS };

/**
 * Edits of the code that change what every page shows, each made and undone by turns: no list of
 * files kept by hand may decide what a publish renders again (#25), so each must rebuild every page.
 */
const CODE_EDITS = {
  component: { file: 'src/components/SiteFooter.astro', from: 'Follow and find', to: 'Follow and search' },
  library: { file: 'src/lib/dates/publication-date.ts', from: "format(local, 'MMMM d, yyyy')", to: "format(local, 'MMM d, yyyy')" },
  // The middleware moves every page's policy <meta>; this puts a line break after it.
  middleware: { file: 'src/lib/metadata/policy-placement.ts', from: 'policy[0] + withoutPolicy', to: "policy[0] + '\\n' + withoutPolicy" },
} as const;
/** What the builds run: the project's code, copied, with its libraries linked. */
const PROJECT_FILES = ['src', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];

/** Photos of the fixture: a step puts one's bytes under another's name (a photo replaced in place), or touches one. */
const PHOTOS = {
  lead: 'articles/synthetic-photo-story/photo.jpg',
  portrait: 'authors/fixture-reporter-one.jpg',
} as const;
const photoName = fc.constantFrom(...(Object.keys(PHOTOS) as Array<keyof typeof PHOTOS>));

const target = fc.nat({ max: 20 });
export const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('publish' as const), article: articleArb }),
  fc.record({
    kind: fc.constant('edit' as const),
    target,
    change: fc.oneof(
      fc.record({ headline: words(2, 6).map((text) => `Corrected ${text}`) }),
      fc.record({ day }),
      fc.record({ section: fc.constantFrom(...SECTIONS), inSubsection: fc.boolean() }),
      fc.record({ tags: fc.subarray(TAGS) }),
      fc.record({ body: words(3, 12).map((text) => `Rewritten ${text}.`) }),
      fc.record({ related: fc.boolean() }),
    ),
  }),
  fc.record({ kind: fc.constant('rename' as const), target }),
  fc.record({ kind: fc.constant('schedule' as const), target }),
  fc.record({ kind: fc.constant('delete' as const), target }),
  fc.record({
    kind: fc.constant('edit fixture' as const),
    file: fc.constantFrom('synthetic-summit-ends.md', 'synthetic-library-hours.md', 'synthetic-late-night-vote.md'),
    paragraph: words(3, 8).map((text) => `Added ${text}.`),
  }),
  fc.record({ kind: fc.constant('replace photo' as const), photo: photoName, with: photoName }),
  fc.record({ kind: fc.constant('touch photo' as const), photo: photoName }),
  // Across the news sitemap's two days (the fixture's newest articles are a day old): a publish
  // with nothing else changed must still build, not stand on the last one (decision 028).
  fc.record({ kind: fc.constant('advance clock' as const), hours: fc.integer({ min: 1, max: 72 }) }),
  fc.constantFrom(
    { kind: 'rename section' as const },
    { kind: 'rename author' as const },
    { kind: 'save unchanged' as const },
    { kind: 'change page size' as const },
    { kind: 'cut cache short' as const },
  ),
  fc.record({ kind: fc.constant('edit bio' as const), sentence: words(3, 8).map((text) => `Now ${text}.`) }),
  fc.record({
    kind: fc.constant('edit code' as const),
    edit: fc.constantFrom(...(Object.keys(CODE_EDITS) as Array<keyof typeof CODE_EDITS>)),
  }),
);

/** A registry rename: the section keeps its address (its slug), every page shows its new name. */
const SECTION_NAMES = ['- name: Local\n', '- name: City Desk\n  slug: local\n'] as const;
/** An author renamed in their file and in every byline naming them, as a newsroom would. */
const AUTHOR_NAMES = ['Fixture Reporter Two', 'Fixture Reporter Deux'] as const;
/** Every article file under `dir`, folders' index.md included. */
const articleFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md'))
    .map((file) => join(dir, file));

const slugOf = (n: number) => `generated-${n}`;
const permalink = (slug: string, article: Article) => `/${article.section.toLowerCase()}/${article.day.replaceAll('-', '/')}/${slug}/`;

function markdown(article: Article): string {
  const lines = [
    '---',
    `headline: ${JSON.stringify(article.headline)}`,
    'byline:',
    `  - name: ${article.reporter}`,
    // Scheduled: a day after the fixture's "now", so the article is not yet published.
    `date: ${article.scheduled ? '2099-01-01' : article.day}`,
    `section: ${article.section}`,
    ...(article.section === 'World' && article.inSubsection ? ['subsection: The Americas'] : []),
    ...(article.tags.length > 0 ? ['tags:', ...article.tags.map((tag) => `  - ${tag}`)] : []),
    ...(article.related ? ['relatedLinks:', ...LINKABLE.flatMap((link) => [`  - title: ${link.title}`, `    url: ${link.url}`])] : []),
    ...(article.redirectFrom.length > 0 ? ['redirectFrom:', ...article.redirectFrom.map((path) => `  - ${path}`)] : []),
    '---',
    '',
    article.body,
    '',
  ];
  return lines.join('\n');
}

/** The archive the steps edit: the fixture's content plus the generated articles, by slug. */
class Archive {
  /** The folder of the content, the sites and their caches. */
  readonly work: string;
  readonly content: string;
  /** Outside the repository, so that no tool of it (the linter, the formatter) reads the copy. */
  readonly project = mkdtempSync(join(tmpdir(), 'incremental-project-'));
  readonly articles = new Map<string, Article>();
  /** The build's "now" (SOURCE_DATE_EPOCH), from the fixture's. */
  clock = Number(FIXTURE_SETTINGS.SOURCE_DATE_EPOCH);
  /** Settings that differ from the fixture's. */
  settings: Record<string, string> = {};
  /** A damage to the build cache, done to it before the next build (the cache is the builder's). */
  damageCache = false;
  private authorRenamed = false;
  private sectionRenamed = false;
  private readonly codeEdited = new Set<keyof typeof CODE_EDITS>();
  private next = 0;

  /** Empties `work` first. */
  constructor(work: string, initial: Article[]) {
    this.work = work;
    this.content = join(work, 'content');
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    cpSync(FIXTURE, this.content, { recursive: true });
    // The fixture links to the seed article in the project's content folder, which the copy of the project lacks.
    for (const file of readdirSync(this.content, { recursive: true, encoding: 'utf8' }))
      if (lstatSync(join(this.content, file)).isSymbolicLink()) {
        const bytes = readFileSync(join(this.content, file));
        rmSync(join(this.content, file));
        writeFileSync(join(this.content, file), bytes);
      }
    for (const file of PROJECT_FILES) cpSync(file, join(this.project, file), { recursive: true });
    symlinkSync(join(process.cwd(), 'node_modules'), join(this.project, 'node_modules'));
    for (const { file, from } of Object.values(CODE_EDITS))
      if (!readFileSync(join(this.project, file), 'utf8').includes(from))
        throw new Error(`${file} no longer holds "${from}": mend CODE_EDITS`);
    for (const article of initial) this.write(slugOf(this.next++), article);
  }

  /** The copy of the project goes; its build caches are under `work`. */
  dispose(): void {
    rmSync(this.project, { recursive: true, force: true });
  }

  /** Each published (not scheduled) generated article's address, by slug. */
  livePaths(): Map<string, string> {
    return new Map(
      [...this.articles].filter(([, article]) => !article.scheduled).map(([slug, article]) => [slug, permalink(slug, article)]),
    );
  }

  private write(slug: string, article: Article): void {
    this.articles.set(slug, article);
    const text = markdown(article);
    writeFileSync(
      join(this.content, 'articles', `${slug}.md`),
      this.authorRenamed ? text.replaceAll(AUTHOR_NAMES[0], AUTHOR_NAMES[1]) : text,
    );
  }

  /** Replaces `from` with `to` in the file at `path` under the content folder. */
  private replaceIn(path: string, from: string, to: string): void {
    writeFileSync(path, readFileSync(path, 'utf8').replaceAll(from, to));
  }

  private remove(slug: string): void {
    this.articles.delete(slug);
    rmSync(join(this.content, 'articles', `${slug}.md`));
  }

  apply(step: Step): void {
    const slugs = [...this.articles.keys()];
    const slug = !('target' in step) || slugs.length === 0 ? undefined : slugs[step.target % slugs.length]!;
    const article = slug === undefined ? undefined : this.articles.get(slug)!;
    switch (step.kind) {
      case 'publish':
        return this.write(slugOf(this.next++), step.article);
      case 'edit fixture':
        return appendFileSync(join(this.content, 'articles', step.file), `\n${step.paragraph}\n`);
      case 'replace photo':
        return writeFileSync(join(this.content, PHOTOS[step.photo]), readFileSync(join(this.content, PHOTOS[step.with])));
      case 'touch photo': {
        const file = join(this.content, PHOTOS[step.photo]);
        return writeFileSync(file, readFileSync(file));
      }
      case 'advance clock':
        this.clock += step.hours * 3600;
        return;
      case 'rename section': {
        const [from, to] = this.sectionRenamed ? [SECTION_NAMES[1], SECTION_NAMES[0]] : SECTION_NAMES;
        this.sectionRenamed = !this.sectionRenamed;
        return this.replaceIn(join(this.content, 'sections.yaml'), from, to);
      }
      case 'rename author': {
        const [from, to] = this.authorRenamed ? [AUTHOR_NAMES[1], AUTHOR_NAMES[0]] : AUTHOR_NAMES;
        this.authorRenamed = !this.authorRenamed;
        for (const file of [join(this.content, 'authors', 'fixture-reporter-two.md'), ...articleFiles(join(this.content, 'articles'))])
          this.replaceIn(file, `name: ${from}\n`, `name: ${to}\n`);
        return;
      }
      case 'edit bio':
        return appendFileSync(join(this.content, 'authors', 'fixture-reporter-one.md'), `\n${step.sentence}\n`);
      case 'save unchanged':
        // Saved again as they are: new modification times, the same bytes.
        for (const file of [
          join(this.content, 'sections.yaml'),
          join(this.content, 'authors', 'fixture-reporter-two.md'),
          ...articleFiles(join(this.content, 'articles')),
        ])
          writeFileSync(file, readFileSync(file));
        return;
      case 'change page size':
        this.settings = this.settings['PAGE_SIZE'] ? {} : { PAGE_SIZE: '3' };
        return;
      case 'cut cache short':
        this.damageCache = true;
        return;
      case 'edit code': {
        const { file, from, to } = CODE_EDITS[step.edit];
        const edited = this.codeEdited.has(step.edit);
        if (edited) this.codeEdited.delete(step.edit);
        else this.codeEdited.add(step.edit);
        return this.replaceIn(join(this.project, file), edited ? to : from, edited ? from : to);
      }
      case 'edit':
        return slug && article ? this.write(slug, { ...article, ...step.change }) : undefined;
      case 'schedule':
        return slug && article ? this.write(slug, { ...article, scheduled: !article.scheduled }) : undefined;
      case 'delete':
        return slug ? this.remove(slug) : undefined;
      case 'rename':
        if (!slug || !article) return;
        this.remove(slug);
        // A renamed published article keeps its old address, as a newsroom would.
        return this.write(slugOf(this.next++), {
          ...article,
          redirectFrom: article.scheduled ? article.redirectFrom : [...article.redirectFrom, permalink(slug, article)],
        });
    }
  }
}

function build(outDir: string, cache: string, archive: Archive, args: string[] = []): string {
  if (archive.damageCache) {
    cutCacheShort(cache);
    archive.damageCache = false;
  }
  const run = buildSite(
    outDir,
    { CONTENT_DIR: archive.content, BUILD_CACHE_DIR: cache, SOURCE_DATE_EPOCH: String(archive.clock), ...archive.settings },
    args,
    archive.project,
  );
  if (run.status !== 0) throw new Error(`the build of ${outDir} failed:\n${run.output.slice(-3000)}`);
  return run.output;
}

/**
 * Every file of the build cache cut to half its length, as a disk filling up or a power cut may
 * leave them: each is then discarded with a warning and made again (damaged-cache.test.ts).
 * But the photo variants: each is the very file the published site holds (a hard link), so
 * cutting one cuts a published file, which no publish reads back (decision 032); a variant is
 * written aside and renamed, so a cut-off write leaves a `.partial` file or none, which the
 * next publish makes again (tests/unit/publish/photo-variants.test.ts: an emptied one).
 */
function cutCacheShort(cache: string): void {
  for (const file of readdirSync(cache, { recursive: true, encoding: 'utf8' })) {
    if (file.startsWith('photo-variants')) continue;
    const { size } = statSync(join(cache, file));
    if (statSync(join(cache, file)).isFile()) truncateSync(join(cache, file), Math.floor(size / 2));
  }
}

/** The files that differ between two builds (missing from either, or with other bytes). */
const changeList = (site: string) =>
  JSON.parse(readFileSync(`${site}.changes.json`, 'utf8')) as Record<'added' | 'changed' | 'removed', string[]> & {
    takenDown: { path: string; reason: string }[];
  };

/**
 * The live articles a step takes down, as "<address> <reason>": those scheduled again, deleted
 * (a renamed one keeps its old address, which redirects) or moved to another address.
 */
function expectedTakeDowns(before: Map<string, string>, archive: Archive, step: Step): string[] {
  const after = archive.livePaths();
  return [...before]
    .flatMap(([slug, path]) => {
      if (archive.articles.get(slug)?.scheduled) return [`${path} scheduled`];
      if (!archive.articles.has(slug)) return step.kind === 'rename' ? [] : [`${path} deleted`];
      return after.get(slug) === path ? [] : [`${path} moved`];
    })
    .sort();
}

/**
 * Builds the archive, rebuilds it unchanged (it stops before Astro: nothing may change), applies the steps with an
 * incremental build after each, and compares the end with a full build. Every page of the first
 * build is held by a hard link of its own, as a sync in progress would hold it: a publish must
 * never write into a published file, so each keeps its bytes to the end.
 */
export function publishesLikeAFullBuild(work: string, initial: Article[], steps: Step[]): void {
  const archive = new Archive(work, initial);
  try {
    publishAndCompare(archive, steps);
  } finally {
    archive.dispose();
  }
}

function publishAndCompare(archive: Archive, steps: Step[]): void {
  const site = join(archive.work, 'site');
  const incrementalCache = join(archive.work, 'incremental-cache');
  build(site, incrementalCache, archive);
  // Known before Astro starts: nothing to publish.
  expect(build(site, incrementalCache, archive)).toMatch(/build: nothing changed since the last publish/);
  expect(changeList(site)).toEqual({ added: [], changed: [], removed: [], takenDown: [] });
  const held = filesUnder(site)
    .filter((file) => file.endsWith('.html'))
    .map((file, i) => {
      const copy = join(archive.work, 'held', `${i}.html`);
      mkdirSync(dirname(copy), { recursive: true });
      linkSync(join(site, file), copy);
      return { file, copy, bytes: readFileSync(copy) };
    });
  for (const step of steps) {
    const before = archive.livePaths();
    archive.apply(step);
    build(site, incrementalCache, archive);
    const reported = changeList(site).takenDown.map(({ path, reason }) => `${path} ${reason}`);
    expect(reported.sort(), `taken down by ${JSON.stringify(step)}`).toEqual(expectedTakeDowns(before, archive, step));
  }
  const writtenInto = held.filter(({ copy, bytes }) => !readFileSync(copy).equals(bytes)).map(({ file }) => `written into: ${file}`);
  expect(writtenInto).toEqual([]);
  const full = join(archive.work, 'full');
  build(full, join(archive.work, 'full-cache'), archive, ['--full']);
  expect(siteDifferences(site, full)).toEqual([]);
}

/**
 * The build cache (src/lib/cache/build-cache.ts) never stops a build: an entry emptied, cut
 * short or not what the build expects is a miss, said in a warning naming its file, and is
 * made again; only a whole entry is read.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  cached,
  codeAndLibrariesDigest,
  codeDigest,
  importedPackages,
  lockedDependencies,
  discardBuildCaches,
  hasWholePng,
  jsonEntryCheck,
  pngEntryCheck,
  readCacheEntry,
} from '#lib/cache/build-cache.ts';
import { temporaryFolder } from '../../support/temporary-folder.ts';

const isGreeting = (value: unknown) =>
  typeof value === 'object' && value !== null && typeof (value as { hello?: unknown }).hello === 'string';
const GREETING = Buffer.from(JSON.stringify({ hello: 'world' }));
/** The smallest whole PNG: a 1×1 image. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

/** The JSON entries a power cut, a full disk or other code can leave, each with the start of the warning it gives. */
const BROKEN_JSON: Array<[string, string | Buffer, string]> = [
  ['empty', '', 'is empty'],
  ['cut short', GREETING.subarray(0, 9), 'is not valid JSON (Unexpected end of JSON input)'],
  ['cut within a string', GREETING.subarray(0, 12), 'is not valid JSON (Unterminated string in JSON at position 12'],
  ['cut to its first brace', '{', "is not valid JSON (Expected property name or '}' in JSON at position 1"],
  ['not JSON', 'hello', 'is not valid JSON (Unexpected token'],
  ['zero bytes where text was', Buffer.alloc(64), 'is not valid JSON'],
  ['null', 'null', 'does not hold what this build expects there'],
  ['of another shape', '{"hello": 1}', 'does not hold what this build expects there'],
];

/** The PNG entries a power cut or a mistaken copy can leave, each with the warning's reason. */
const BROKEN_PNG: Array<[string, Buffer, string]> = [
  ['empty', Buffer.alloc(0), 'is empty'],
  ['cut short', PNG.subarray(0, PNG.length - 20), 'is a PNG image cut short (it does not end with the PNG end chunk)'],
  ['cut within its signature', PNG.subarray(0, 5), 'is a PNG image cut short (it is too small to be one)'],
  ['zero bytes of a PNG’s length', Buffer.alloc(PNG.length), 'is not a PNG image (it does not start with the PNG signature)'],
  ['a JPEG', Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(60)]), 'is not a PNG image'],
];

describe('a cached JSON entry', () => {
  it.each(BROKEN_JSON)('%s: is made again, with a warning naming the file', async (_, stored, reason) => {
    const folder = temporaryFolder('cache');
    writeFileSync(join(folder, 'entry.json'), stored);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const bytes = await cached(folder, 'entry.json', () => Promise.resolve(GREETING), jsonEntryCheck(isGreeting));
    expect(bytes).toEqual(GREETING);
    expect(readFileSync(join(folder, 'entry.json'))).toEqual(GREETING);
    expect(warn).toHaveBeenCalledExactlyOnceWith(expect.stringContaining(`build cache: ${join(folder, 'entry.json')} ${reason}`));
    warn.mockRestore();
  });

  it('is read, not made again, when it is whole', async () => {
    const folder = temporaryFolder('cache');
    writeFileSync(join(folder, 'entry.json'), '{"hello": "again"}');
    const make = vi.fn(() => Promise.resolve(GREETING));
    expect((await cached(folder, 'entry.json', make, jsonEntryCheck(isGreeting))).toString()).toBe('{"hello": "again"}');
    expect(make).not.toHaveBeenCalled();
  });

  it('is a miss without a warning when there is none', () => {
    const folder = temporaryFolder('cache');
    const warn = vi.fn();
    expect(readCacheEntry(join(folder, 'absent.json'), jsonEntryCheck(isGreeting), warn)).toBeUndefined();
    expect(warn).not.toHaveBeenCalled();
  });

  it('that cannot be read (a folder in its place) is discarded with a warning naming it', () => {
    const folder = temporaryFolder('cache');
    mkdirSync(join(folder, 'entry.json'));
    const warn = vi.fn();
    expect(readCacheEntry(join(folder, 'entry.json'), jsonEntryCheck(isGreeting), warn)).toBeUndefined();
    expect(warn).toHaveBeenCalledExactlyOnceWith(expect.stringMatching(/entry\.json could not be read \(EISDIR/));
    expect(existsSync(join(folder, 'entry.json'))).toBe(false);
  });
});

describe('a cached PNG', () => {
  it.each(BROKEN_PNG)('%s: is not whole, and goes with a warning naming the file', (_, stored, reason) => {
    const file = join(temporaryFolder('cache'), 'card.png');
    writeFileSync(file, stored);
    const warn = vi.fn();
    expect(hasWholePng(file, warn)).toBe(false);
    expect(warn).toHaveBeenCalledExactlyOnceWith(expect.stringContaining(`build cache: ${file} ${reason}`));
    expect(existsSync(file)).toBe(false);
  });

  it.each(BROKEN_PNG)('%s: is drawn again when read whole', async (_, stored) => {
    const folder = temporaryFolder('cache');
    writeFileSync(join(folder, 'card.png'), stored);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await cached(folder, 'card.png', () => Promise.resolve(PNG), pngEntryCheck)).toEqual(PNG);
    vi.restoreAllMocks();
  });

  it('is whole when it starts with the signature and ends with the end chunk', () => {
    const file = join(temporaryFolder('cache'), 'card.png');
    writeFileSync(file, PNG);
    expect(hasWholePng(file)).toBe(true);
    expect(pngEntryCheck(PNG)).toBeUndefined();
  });
});

describe('discardBuildCaches (npm run build -- --full)', () => {
  it("removes the bodies, share images, search parts and page policies, and nothing else (Astro's cache goes with --force)", () => {
    const cache = temporaryFolder('cache');
    for (const folder of ['article-bodies', 'social-cards', 'search-index', 'astro', 'notices', 'published'])
      mkdirSync(join(cache, folder));
    writeFileSync(join(cache, 'page-policies.json'), '{}');
    discardBuildCaches(cache);
    expect(readdirSync(cache).sort()).toEqual(['astro', 'notices', 'published']);
  });
});

describe('codeDigest', () => {
  const project = () => {
    const root = temporaryFolder('code-digest');
    mkdirSync(join(root, 'src/lib/markdown'), { recursive: true });
    writeFileSync(join(root, 'src/lib/markdown/pipeline.ts'), 'export const plugins = [];\n');
    writeFileSync(join(root, 'package-lock.json'), '{"packages":{"node_modules/rehype-slug":{"version":"6.0.0"}}}\n');
    writeFileSync(join(root, 'README.md'), 'Notes.\n');
    return root;
  };
  const PATTERNS = ['src/lib/**/*.ts', 'package-lock.json'];

  it('changes when a library is upgraded in the lock file, with no version to bump by hand', () => {
    const root = project();
    const before = codeDigest(root, PATTERNS);
    writeFileSync(join(root, 'package-lock.json'), '{"packages":{"node_modules/rehype-slug":{"version":"6.0.1"}}}\n');
    expect(codeDigest(root, PATTERNS)).not.toBe(before);
  });

  it('changes when the code changes', () => {
    const root = project();
    const before = codeDigest(root, PATTERNS);
    writeFileSync(join(root, 'src/lib/markdown/pipeline.ts'), 'export const plugins = ["rehype-slug"];\n');
    expect(codeDigest(root, PATTERNS)).not.toBe(before);
  });

  it('stays when only files outside its patterns change', () => {
    const root = project();
    const before = codeDigest(root, PATTERNS);
    writeFileSync(join(root, 'README.md'), 'Other notes.\n');
    expect(codeDigest(root, PATTERNS)).toBe(before);
  });
});

describe('importedPackages', () => {
  it("names the packages a file imports, by package, not Node's, Astro's virtual modules or the project's own", () => {
    const source = [
      "import satori, { type Font } from 'satori';",
      "import { Resvg } from '@resvg/resvg-js';",
      "import { defaultSchema } from 'hast-util-sanitize/lib/schema';",
      "import type { Root } from 'hast';",
      "const worker = await import('p-limit');",
      "import { join } from 'node:path';",
      "import { getCollection } from 'astro:content';",
      "import { settings } from '#lib/settings.ts';",
      "import { fit } from './headline-fitting.ts';",
      "export { thing } from 'exported-from';",
      "const legacy = require('required');",
      "const ranges = require.resolve('@fontsource/source-serif-4/unicode.json');",
      "const file = resolve('node_modules', 'pagefind', 'package.json');",
    ].join('\n');
    expect(importedPackages(source)).toEqual([
      '@fontsource/source-serif-4',
      '@resvg/resvg-js',
      'exported-from',
      'hast',
      'hast-util-sanitize',
      'node_modules',
      'p-limit',
      'required',
      'satori',
    ]);
  });
});

describe('lockedDependencies', () => {
  const LOCK = {
    packages: {
      '': { dependencies: { satori: '^1', vitest: '^5' } },
      'node_modules/satori': { version: '1.0.0', integrity: 'sha-s', dependencies: { yoga: '^2', linebreak: '^1' } },
      'node_modules/satori/node_modules/yoga': { version: '2.0.0', integrity: 'sha-y2' },
      'node_modules/yoga': { version: '3.0.0', integrity: 'sha-y3' },
      'node_modules/linebreak': { version: '1.1.0', integrity: 'sha-l', optionalDependencies: { 'unicode-trie': '^2' } },
      'node_modules/unicode-trie': { version: '2.0.0', integrity: 'sha-u' },
      'node_modules/vitest': { version: '5.1.2', integrity: 'sha-v', dependencies: { yoga: '^3' } },
    },
  };

  it('follows the dependencies as Node resolves them, nested copies first, and leaves out what nothing imported needs', () => {
    expect(lockedDependencies(LOCK, ['satori'])).toEqual([
      'node_modules/linebreak 1.1.0 sha-l',
      'node_modules/satori 1.0.0 sha-s',
      'node_modules/satori/node_modules/yoga 2.0.0 sha-y2',
      'node_modules/unicode-trie 2.0.0 sha-u',
    ]);
  });

  it('ignores a name the lock file does not hold (a types-only import)', () => {
    expect(lockedDependencies(LOCK, ['hast'])).toEqual([]);
  });
});

describe('codeAndLibrariesDigest', () => {
  const project = () => {
    const root = temporaryFolder('libraries-digest');
    mkdirSync(join(root, 'src'), { recursive: true });
    writeFileSync(join(root, 'src/drawing.ts'), "import satori from 'satori';\n");
    writeFileSync(
      join(root, 'package-lock.json'),
      JSON.stringify({ packages: { 'node_modules/satori': { version: '1.0.0' }, 'node_modules/vitest': { version: '5.1.2' } } }),
    );
    return root;
  };
  const relock = (root: string, satori: string, vitest: string) =>
    writeFileSync(
      join(root, 'package-lock.json'),
      JSON.stringify({ packages: { 'node_modules/satori': { version: satori }, 'node_modules/vitest': { version: vitest } } }),
    );

  it('changes when a library the code imports is upgraded', () => {
    const root = project();
    const before = codeAndLibrariesDigest(root, ['src/**/*.ts']);
    relock(root, '1.0.1', '5.1.2');
    expect(codeAndLibrariesDigest(root, ['src/**/*.ts'])).not.toBe(before);
  });

  it('takes the whole lock file of npm 6, which has no packages to follow', () => {
    const root = project();
    writeFileSync(join(root, 'package-lock.json'), JSON.stringify({ lockfileVersion: 1, dependencies: { vitest: { version: '5' } } }));
    const before = codeAndLibrariesDigest(root, ['src/**/*.ts']);
    writeFileSync(join(root, 'package-lock.json'), JSON.stringify({ lockfileVersion: 1, dependencies: { vitest: { version: '6' } } }));
    expect(codeAndLibrariesDigest(root, ['src/**/*.ts'])).not.toBe(before);
  });

  it('stays when only a library the code does not import changes', () => {
    const root = project();
    const before = codeAndLibrariesDigest(root, ['src/**/*.ts']);
    relock(root, '1.0.0', '6.0.0');
    expect(codeAndLibrariesDigest(root, ['src/**/*.ts'])).toBe(before);
  });
});

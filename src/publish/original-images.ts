/**
 * Only resized copies of the newsroom's images are published, never the files as the camera or
 * the editor saved them: an original carries whatever its maker wrote into it (EXIF and XMP,
 * the GPS position where it was taken, the camera's serial number) and its full resolution.
 *
 * astro:assets re-encodes every variant without metadata, but also copies an image's original
 * into `_astro/` whenever code reads any of its properties (a width for a srcset, a cache key),
 * and publishes the original under a variant's name when it cannot convert a file. This step,
 * after Astro, removes every file in `_astro/` whose bytes are a content image's, and stops the
 * build if a page written by this build links to one. A page restored from the published site
 * was checked by the build that wrote it: as no published page links to such a file, removing
 * them all never breaks one. (A conversion that gives back its input's exact bytes, which only
 * an image already saved by this same encoder without metadata can, is refused with the rest.)
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { globSync } from 'tinyglobby';

/** The folder astro:assets writes images to (astro.config.mjs leaves `build.assets` at its default). */
const ASSETS_FOLDER = '_astro';
/** Every file name an image reference accepts (see imageReference.isImageFile). */
const IMAGE_FILES = '**/*.{jpg,jpeg,png,webp,avif,gif,tif,tiff}';
/** The files a page or feed may link to an image from. */
const TEXT_FILE = /\.(html|xml|json|txt|webmanifest)$/;

const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** The published original copies: their address in the site, and the content file each copies. */
export interface PublishedOriginal {
  address: string;
  original: string;
}

/** The files in `siteDir`'s `_astro/` that are byte for byte an image under `contentDir` (paths in messages relative to `root`). */
function findPublishedOriginals(siteDir: string, contentDir: string, root: string): PublishedOriginal[] {
  const bySize = new Map<number, string[]>();
  for (const file of globSync(IMAGE_FILES, { cwd: contentDir, absolute: true, caseSensitiveMatch: false, followSymbolicLinks: false })) {
    const { size } = statSync(file);
    bySize.set(size, [...(bySize.get(size) ?? []), file]);
  }
  const digests = new Map<string, string>();
  const digestOf = (file: string) => digests.get(file) ?? digests.set(file, digest(file)).get(file)!;
  const found: PublishedOriginal[] = [];
  const assets = join(siteDir, ASSETS_FOLDER);
  for (const name of readdirSync(assets, { withFileTypes: true }).flatMap((entry) => (entry.isFile() ? [entry.name] : []))) {
    const published = join(assets, name);
    // Only a file of the same size is read: a variant never is one, all but by chance.
    const candidates = bySize.get(statSync(published).size) ?? [];
    if (candidates.length === 0) continue;
    const original = candidates.find((file) => digestOf(file) === digest(published));
    if (original) found.push({ address: `/${ASSETS_FOLDER}/${name}`, original: relative(root, original) });
  }
  return found;
}

/**
 * The pages and feeds under `siteDir` that `isNew` says this build wrote (given each file's path
 * in the site and its inode) and that link to one of `originals`, each with the first it links to.
 */
function pagesLinkingTo(
  siteDir: string,
  originals: PublishedOriginal[],
  isNew: (path: string, inode: number) => boolean,
): Array<{ page: string; original: PublishedOriginal }> {
  const linking: Array<{ page: string; original: PublishedOriginal }> = [];
  if (originals.length === 0) return linking;
  for (const entry of readdirSync(siteDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !TEXT_FILE.test(entry.name)) continue;
    const file = join(entry.parentPath, entry.name);
    const path = relative(siteDir, file);
    if (path.startsWith(`${ASSETS_FOLDER}/`) || !isNew(path, statSync(file).ino)) continue;
    const text = readFileSync(file, 'utf8');
    const original = originals.find(({ address }) => text.includes(address));
    if (original) linking.push({ page: `/${path}`, original });
  }
  return linking;
}

/**
 * Removes the originals of the content's images from the site at `siteDir`; throws, naming the
 * page and the content file, when a page this build wrote links to one. Returns what it removed.
 */
export function removePublishedOriginals(
  siteDir: string,
  contentDir: string,
  root: string,
  isNew: (path: string, inode: number) => boolean,
): PublishedOriginal[] {
  const originals = findPublishedOriginals(siteDir, contentDir, root);
  const linking = pagesLinkingTo(siteDir, originals, isNew);
  if (linking.length > 0) {
    throw new Error(
      linking
        .map(
          ({ page, original }) =>
            `${page} links to ${original.address}, which is byte for byte ${original.original} as it was saved, with whatever its maker wrote into it (EXIF, a GPS position): astro:assets published it unconverted (its log says why above), or the page uses an image's own address (.src) rather than <Picture>, <Image> or getImage(), which publish converted copies only`,
        )
        .join('\n'),
    );
  }
  for (const { address } of originals) rmSync(join(siteDir, address));
  return originals;
}

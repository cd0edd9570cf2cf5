/**
 * Which original file each photo's variants are made from, as the loaders last read them, for
 * `astro dev`, which makes a variant when a page asks for it (src/publish/photos/dev-serving.ts).
 * Kept on globalThis: the loaders and the dev server's request handling run in one process but
 * load their modules apart.
 */
import { everyVariantOf, type PhotoJob, type PhotoUse } from '#lib/photos/photo-uses.ts';
import { variantFolder, type PhotoSource } from '#lib/photos/variant-plan.ts';

const KEY = Symbol.for('newsroom.photo-originals');
type Originals = Map<string, { original: string; source: PhotoSource }>;
const originals = (): Originals => ((globalThis as { [KEY]?: Originals })[KEY] ??= new Map());

/** Records the originals of `photos` by their variants' folder. */
export function rememberPhotoOriginals(photos: readonly PhotoUse[]): void {
  for (const { original, source } of photos) originals().set(variantFolder(source), { original, source });
}

/** The job that makes the variant at the site path `path` (`/_photos/<folder>/<name>`), or undefined when no photo read has it. */
export function photoJobFor(path: string): PhotoJob | undefined {
  const known = originals().get(path.slice(0, path.lastIndexOf('/')));
  const variant = known && everyVariantOf(known.source).find((candidate) => candidate.path === path);
  return known && variant ? { ...known, variants: [variant] } : undefined;
}

/**
 * The fonts a share image is drawn with. The house faces' Latin files are
 * always loaded; any other file is loaded only when the image's text has a
 * character it covers: the house faces' Cyrillic, Greek and Vietnamese files,
 * then Noto for the scripts the house faces lack (Arabic, Hebrew, Chinese,
 * Japanese, Korean, emoji).
 *
 * Each @fontsource package splits a face into files by character (the CJK
 * faces into about a hundred), and says in its unicode.json which characters
 * each file covers, so a Chinese headline loads the few files that hold its
 * characters rather than the whole face.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export interface FontFile {
  /** The face, as a card's `fontFamily` names it. */
  family: string;
  /**
   * The name satori knows the file by. Satori keeps one file per name, weight
   * and style, so each of a face's files needs a name of its own, and text
   * set in the face names them all (see `familyList`).
   */
  name: string;
  weight: 600 | 700;
  /** The file's path inside node_modules, e.g. "@fontsource/noto-sans-sc/files/noto-sans-sc-42-700-normal.woff". */
  path: string;
}

interface Face {
  family: string;
  weight: 600 | 700;
  fontsourcePackage: string;
  /** Whether the face loads the package's file for this subset (as unicode.json names it) when a card needs it. */
  loadsOnDemand: (subset: string) => boolean;
  /** The one file loaded instead of those subsets' files, when the face must come whole. */
  wholeFaceSubset?: string;
}

const ALWAYS_LOADED_SUBSETS = new Set(['latin', 'latin-ext']);
const isLoadedOnDemand = (subset: string) => !ALWAYS_LOADED_SUBSETS.has(subset);
/** Fontsource names the CJK and emoji slices "[0]", "[1]", …; their files drop the brackets. */
const isNumberedSlice = (subset: string) => /^\[\d+\]$/.test(subset);

const HOUSE_FACES: Face[] = [
  { family: 'Source Serif 4', weight: 700, fontsourcePackage: '@fontsource/source-serif-4', loadsOnDemand: isLoadedOnDemand },
  { family: 'Source Sans 3', weight: 600, fontsourcePackage: '@fontsource/source-sans-3', loadsOnDemand: isLoadedOnDemand },
];

const arabic: Face = {
  family: 'Noto Sans Arabic',
  weight: 700,
  fontsourcePackage: '@fontsource/noto-sans-arabic',
  loadsOnDemand: (subset) => subset === 'arabic',
};
const hebrew: Face = {
  family: 'Noto Sans Hebrew',
  weight: 700,
  fontsourcePackage: '@fontsource/noto-sans-hebrew',
  loadsOnDemand: (subset) => subset === 'hebrew',
};
const cjkFace = (family: string, fontsourcePackage: string): Face => ({
  family,
  weight: 700,
  fontsourcePackage,
  loadsOnDemand: isNumberedSlice,
});
const chinese = cjkFace('Noto Sans SC', '@fontsource/noto-sans-sc');
const japanese = cjkFace('Noto Sans JP', '@fontsource/noto-sans-jp');
const korean = cjkFace('Noto Sans KR', '@fontsource/noto-sans-kr');
/**
 * Emoji come whole (one 560 kB file, not its slices): satori draws every
 * emoji of a text with the file that has the first one, so one in another
 * slice would be drawn as a box.
 */
const emoji: Face = {
  family: 'Noto Emoji',
  weight: 700,
  fontsourcePackage: '@fontsource/noto-emoji',
  loadsOnDemand: isNumberedSlice,
  wholeFaceSubset: 'emoji',
};

/**
 * The Noto faces in the order satori should try them, which decides the face
 * of a character that several cover. Emoji come before the CJK faces, which
 * cover flags and some pictographs too. The three CJK faces all cover Han,
 * drawn differently in each language, so a headline with kana gets the
 * Japanese forms, one with Hangul the Korean ones, any other the Chinese ones.
 */
function notoFacesInOrder(text: string): Face[] {
  const cjk = /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)
    ? [japanese, korean, chinese]
    : /\p{Script=Hangul}/u.test(text)
      ? [korean, japanese, chinese]
      : [chinese, japanese, korean];
  return [arabic, hebrew, emoji, ...cjk];
}

const require = createRequire(import.meta.url);

/** Code point → the subsets of the face's package that cover it, in unicode.json's order. */
const coverageByPackage = new Map<string, Map<number, string[]>>();
function coverage(fontsourcePackage: string): Map<number, string[]> {
  let subsetsOf = coverageByPackage.get(fontsourcePackage);
  if (!subsetsOf) {
    subsetsOf = new Map();
    const ranges = JSON.parse(readFileSync(require.resolve(`${fontsourcePackage}/unicode.json`), 'utf8')) as Record<string, string>;
    for (const [subset, unicodeRange] of Object.entries(ranges)) {
      for (const range of unicodeRange.split(',')) {
        // "U+0600-06FF", or "U+23" for one character.
        const [first, last] = range
          .replace(/^U\+/i, '')
          .split('-')
          .map((hex) => parseInt(hex, 16)) as [number, number?];
        for (let codePoint = first; codePoint <= (last ?? first); codePoint++) {
          const subsets = subsetsOf.get(codePoint);
          if (subsets) subsets.push(subset);
          else subsetsOf.set(codePoint, [subset]);
        }
      }
    }
    coverageByPackage.set(fontsourcePackage, subsetsOf);
  }
  return subsetsOf;
}

function fontFile(face: Face, subset: string): FontFile {
  const fileStem = face.fontsourcePackage.replace('@fontsource/', '');
  const slice = subset.replace(/^\[(\d+)\]$/, '$1');
  return {
    family: face.family,
    name: subset === 'latin' ? face.family : `${face.family} ${slice}`,
    weight: face.weight,
    path: `${face.fontsourcePackage}/files/${fileStem}-${slice}-${face.weight}-normal.woff`,
  };
}

/** A `fontFamily` value that sets text in `family` with whichever of its files are loaded. */
export function familyList(family: string, files: FontFile[]): string {
  return files
    .filter((file) => file.family === family)
    .map((file) => file.name)
    .join(', ');
}

/** The house faces' files loaded for every image, in the order satori tries them. */
export const ALWAYS_LOADED_FONTS: FontFile[] = HOUSE_FACES.flatMap((face) =>
  [...ALWAYS_LOADED_SUBSETS].map((subset) => fontFile(face, subset)),
);

/**
 * Characters that need no face of their own: spaces, controls, and the
 * invisible joiners and variation selectors drawn with the character before them.
 */
const needsNoGlyph = /[\s\p{Cc}\p{Default_Ignorable_Code_Point}]/u;

/**
 * The font files, beyond ALWAYS_LOADED_FONTS, that `text` needs, in the order
 * satori should try them; none for text the house faces' Latin files cover.
 * Characters no face covers are left out (satori draws them as boxes).
 */
export function fallbackFontFiles(text: string): FontFile[] {
  const alwaysCovered = (codePoint: number) =>
    HOUSE_FACES.some((face) =>
      coverage(face.fontsourcePackage)
        .get(codePoint)
        ?.some((subset) => ALWAYS_LOADED_SUBSETS.has(subset)),
    );
  let uncovered = [...new Set(text)]
    .filter((character) => !needsNoGlyph.test(character))
    .map((character) => character.codePointAt(0)!)
    .filter((codePoint) => !alwaysCovered(codePoint));
  if (uncovered.length === 0) return [];

  const files: FontFile[] = [];
  // Both house faces get their file for a script, since a card sets some text in each.
  const coveredByHouseFaces = new Set<number>();
  for (const face of HOUSE_FACES) {
    const chosen = chooseSubsets(face, uncovered);
    for (const codePoint of chosen.covered) coveredByHouseFaces.add(codePoint);
    files.push(...chosen.subsets.map((subset) => fontFile(face, subset)));
  }
  uncovered = uncovered.filter((codePoint) => !coveredByHouseFaces.has(codePoint));

  for (const face of notoFacesInOrder(text)) {
    if (uncovered.length === 0) break;
    const chosen = chooseSubsets(face, uncovered);
    files.push(...chosen.subsets.map((subset) => fontFile(face, subset)));
    uncovered = uncovered.filter((codePoint) => !chosen.covered.has(codePoint));
  }
  return files;
}

/**
 * Few of the face's files that between them cover what the face can of
 * `codePoints`: repeatedly the file that covers most of what is still
 * uncovered (on a tie the first in unicode.json), since slices overlap.
 */
function chooseSubsets(face: Face, codePoints: number[]): { subsets: string[]; covered: Set<number> } {
  const subsetsOf = coverage(face.fontsourcePackage);
  const candidatesOf = new Map<number, string[]>();
  for (const codePoint of codePoints) {
    const candidates = subsetsOf.get(codePoint)?.filter(face.loadsOnDemand);
    if (candidates?.length) candidatesOf.set(codePoint, candidates);
  }
  const covered = new Set(candidatesOf.keys());
  const subsets: string[] = [];
  while (candidatesOf.size > 0) {
    const reach = new Map<string, number>();
    for (const candidates of candidatesOf.values()) for (const subset of candidates) reach.set(subset, (reach.get(subset) ?? 0) + 1);
    const [widest] = [...reach].reduce((best, next) => (next[1] > best[1] ? next : best));
    subsets.push(widest);
    for (const [codePoint, candidates] of candidatesOf) if (candidates.includes(widest)) candidatesOf.delete(codePoint);
  }
  return { subsets: face.wholeFaceSubset && subsets.length > 0 ? [face.wholeFaceSubset] : subsets, covered };
}

const fontBytes = new Map<string, Buffer>();
/** The file's bytes, read once per process (each drawing thread is one). */
export function readFontFile(file: FontFile): Buffer {
  let bytes = fontBytes.get(file.path);
  if (!bytes) {
    bytes = readFileSync(require.resolve(file.path));
    fontBytes.set(file.path, bytes);
  }
  return bytes;
}

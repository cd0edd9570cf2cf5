/**
 * What the article loader remembers of each file it checked and stored, so that a build does
 * not read, parse, check, render and validate again a file whose bytes, and everything its
 * checks depend on, are unchanged (docs/decisions/020). The records live in Astro's own meta
 * store beside the entries, so they are kept, and cleared (`--force`, a new Astro), together.
 */
import { createHash } from 'node:crypto';
import type { MetaStore } from 'astro/loaders';
import type { Settings } from '#lib/settings.ts';
import type { Registries } from './registries.ts';
import { codeDigest, isStringList } from '#lib/cache/build-cache.ts';

/** A file's checks, as they came out when it was last stored. */
export interface CheckRecord {
  /** The digest of the file's bytes and of every input of its checks (see checkInputsDigest); also the entry's digest. */
  digest: string;
  /** The warnings its checks gave, shown again at every build as if it had been checked. */
  warnings: string[];
  /** The image files it names (photo, body images): one gone sends it through the checks again. */
  imageFiles: string[];
  /** Each image file's stamp (see imageFileStamp): one replaced, by a damaged copy or a link, sends it through the checks again. */
  imageStamps: string[];
}

const RECORDS_KEY = 'check-records';

/**
 * The code whose output the records keep: the model (src/lib, which holds the loader, the
 * schema and the Markdown pipeline; its code, not its READMEs), the content configuration,
 * Astro's configuration and the locked versions of the libraries they call. Any change there
 * checks every file again.
 */
const CHECKING_CODE = ['src/lib/**/*.{ts,js,mjs,json}', 'src/content.config.ts', 'astro.config.mjs', 'package-lock.json'];

/** Settings that do not change what a file's checks give: the build's time (scheduling is decided at every build) and where caches and logs go. */
const SETTINGS_NOT_CHECKED = new Set<keyof Settings>(['buildTime', 'buildDebug', 'buildCacheDir']);

/** A digest of everything a file's checks read besides the file: the checking code, the registries and the settings. */
export function checkInputsDigest(root: string, registries: Registries, settings: Settings): string {
  const hash = createHash('sha256').update(codeDigest(root, CHECKING_CODE));
  hash.update(JSON.stringify(registries));
  hash.update(JSON.stringify(Object.entries(settings).filter(([name]) => !SETTINGS_NOT_CHECKED.has(name as keyof Settings))));
  return hash.digest('base64url');
}

/** The digest of one file: its place, its bytes and the inputs of its checks. */
export function fileDigest(inputs: string, pathFromRoot: string, bytes: Uint8Array): string {
  return createHash('sha256').update(inputs).update('\0').update(pathFromRoot).update('\0').update(bytes).digest('base64url');
}

function isRecordEntry(value: unknown): value is [string, CheckRecord] {
  if (!Array.isArray(value) || value.length !== 2 || typeof value[0] !== 'string') return false;
  const record = value[1] as Partial<Record<keyof CheckRecord, unknown>> | null;
  return (
    typeof record === 'object' &&
    record !== null &&
    typeof record.digest === 'string' &&
    isStringList(record.warnings) &&
    isStringList(record.imageFiles)
  );
}

/**
 * The records kept by the last build. Records that cannot be read (Astro's store cut short, or
 * written by other code) are none: every file is then checked again, which is always safe.
 */
export function readCheckRecords(meta: MetaStore, warn: (message: string) => void = console.warn): Map<string, CheckRecord> {
  const stored = meta.get(RECORDS_KEY);
  if (stored === undefined) return new Map();
  let records: unknown;
  try {
    records = JSON.parse(stored);
  } catch (error) {
    warn(`the records of the last build's checks could not be read (${(error as Error).message}); every article is checked again`);
    return new Map();
  }
  if (!Array.isArray(records) || !records.every(isRecordEntry)) {
    warn("the records of the last build's checks are not what this build expects; every article is checked again");
    return new Map();
  }
  return new Map(records);
}

/** Replaces the records with those of this build's stored entries (a deleted or failing file's record goes). */
export function writeCheckRecords(meta: MetaStore, records: Map<string, CheckRecord>): void {
  meta.set(RECORDS_KEY, JSON.stringify([...records]));
}

/**
 * An article's old address (`redirectFrom`) is written into `_redirects`,
 * which Netlify and Cloudflare Pages read as rules: `:name` is a placeholder,
 * `*` a wildcard, and a space separates the parts of a rule. An old address
 * may therefore use only the characters of a plain path, and must already be
 * in normal form: what the author wrote is what is published, never a
 * silently altered version of it.
 */

/** Letters, digits, "-", ".", "_", "~", percent escapes and "/": a path no host reads as a rule. */
const PLAIN_PATH = /^[A-Za-z0-9\-._~%/]*$/;

/** The path a browser would request for `path`: dot segments resolved, escapes normalised. */
function browserPath(path: string): string {
  return new URL(path, 'https://site.invalid').pathname;
}

/** Why `path` cannot be an old address on its own, or undefined when it can. */
export function oldAddressProblem(path: string): string | undefined {
  if (!path.startsWith('/') || !path.endsWith('/')) return 'must start and end with "/" (e.g. /world/2018/05/09/old-slug/)';
  const unsafe = [...new Set([...path].filter((character) => !PLAIN_PATH.test(character)))];
  if (unsafe.length > 0) {
    const shown = unsafe.map((character) => (character.trim() === '' ? 'a space' : `"${character}"`)).join(', ');
    return `contains ${shown}; static hosts read such characters in _redirects as rules (":name", "*"), so an old address may use only letters, digits, "-", ".", "_", "~", "%" escapes and "/"`;
  }
  if (path.includes('//')) return 'has an empty segment ("//"); write each segment once';
  const segments = path.split('/').slice(1, -1);
  for (const segment of segments) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return `has a malformed "%" escape in "${segment}"`;
    }
    if (decoded === '.' || decoded === '..')
      return `has a "${segment}" segment, which browsers resolve away (they would ask for "${browserPath(path)}")`;
    if (/[/\\]/.test(decoded)) return `has an escaped slash in "${segment}"`;
  }
  if (browserPath(path) !== path) return `is not in the form browsers request it; write "${browserPath(path)}"`;
  return undefined;
}

/**
 * What an address is to a host or a file system that is generous with spellings: escapes
 * decoded, Unicode composed (NFC), case folded, and "index.html" and the trailing slash dropped.
 * "/About/", "/about/index.html/" and "/%61bout/" are all "/about": on a case-insensitive disk,
 * or a host that serves a folder's index.html for it, they are one place.
 */
export function addressKey(path: string): string {
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // A malformed escape is refused by oldAddressProblem; compared as typed meanwhile.
  }
  return decoded
    .normalize('NFC')
    .toLowerCase()
    .replace(/\/index\.html?\/?$/, '/')
    .replace(/\/+$/, '');
}

/** The folders an address lies in, as keys: "/a/b/c/" gives "/a" and "/a/b". */
export function enclosingKeys(path: string): string[] {
  const segments = addressKey(path).split('/').slice(1, -1);
  return segments.map((_, i) => `/${segments.slice(0, i + 1).join('/')}`);
}

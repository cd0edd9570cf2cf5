/**
 * Link addresses an author may write: an absolute http(s) address, or a path
 * on this site. zod's own url check accepts `javascript:` and `data:`, so the
 * protocol is checked here.
 */
export function isWebAddress(value: string): boolean {
  if (/\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/**
 * An address with a user name or password in it (`https://user:secret@host/`,
 * also `https:user@host`, which the WHATWG parser reads the same way): a page
 * would publish the credentials for anyone to read. A site path has none.
 */
export function hasCredentials(value: string): boolean {
  try {
    const url = new URL(value);
    return url.username !== '' || url.password !== '';
  } catch {
    return false;
  }
}

/** A path on this site: starts with one slash (a double slash is another host). */
export function isSitePath(value: string): boolean {
  return value.startsWith('/') && !value.startsWith('//') && !/[\s\\]/.test(value);
}

/**
 * A site path to a page, in the form the site serves it: every page's address ends in "/"
 * ("/world/2018/05/09/story" is "/world/2018/05/09/story/"); a file's (its last part has a dot,
 * "/rss.xml") and any other address are left as they are.
 */
export function withPageSlash(address: string): string {
  if (!isSitePath(address)) return address;
  const [, path = '', rest = ''] = /^([^?#]*)(.*)$/s.exec(address) ?? [];
  const last = path.slice(path.lastIndexOf('/') + 1);
  return path.endsWith('/') || last.includes('.') ? address : `${path}/${rest}`;
}

export function isLinkAddress(value: string): boolean {
  return isWebAddress(value) || isSitePath(value);
}

const SITE = 'https://site.invalid';

/** A "." or ".." segment (also escaped, "%2e%2e"), which browsers resolve away: a path that says one place and goes to another. */
export function hasDotSegment(path: string): boolean {
  const pathname = path.split(/[?#]/, 1)[0]!;
  return pathname.split('/').some((segment) => /^(?:\.|%2e){1,2}$/i.test(segment));
}

/**
 * An address as browsers read it, in the WHATWG serialisation: characters no
 * address may hold (`"`, spaces, `<`) percent-escaped, the host lowercased.
 * A site path stays a path. The page then says exactly where a link goes.
 */
export function normalisedAddress(value: string): string {
  if (isSitePath(value)) {
    const url = new URL(value, SITE);
    return `${url.pathname}${url.search}${url.hash}`;
  }
  return new URL(value).href;
}

/**
 * Where a link written in a body goes, when that is another site although it
 * does not look like it: `/\host/` and `\\host` are read by browsers as
 * `//host/`, another site. Returns the absolute address, or undefined for a
 * link that stays on this site or has no host (`mailto:`, `#notes`).
 */
export function disguisedExternalAddress(href: string): string | undefined {
  if (!/^[\\/]{2}|^\/\\/.test(href.trimStart())) return undefined;
  try {
    const url = new URL(href, `${SITE}/`);
    return url.origin === SITE ? undefined : url.href;
  } catch {
    return undefined;
  }
}

/**
 * What an image reference written in an article is (a photo's `src`, an image
 * in the body): the checks both use, so the two cannot disagree.
 */
export const imageReference = {
  /** `https://…`, `data:…`, `//host/…`: an image on another site (or inline), not a file beside the article. */
  isRemote: (src: string) => /^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//'),
  /** `/photos/…`: a site path, not a file beside the article. */
  isSitePath: (src: string) => src.startsWith('/'),
  /** A `..` segment: a file outside the article's folder. */
  leavesFolder: (src: string) => src.split(/[\\/]/).includes('..'),
  /** A format the image pipeline reads. */
  isImageFile: (src: string) => /\.(jpe?g|png|webp|avif|gif|tiff?)$/i.test(src),
};

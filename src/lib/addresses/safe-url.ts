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

/** A path on this site: starts with one slash (a double slash is another host). */
export function isSitePath(value: string): boolean {
  return value.startsWith('/') && !value.startsWith('//') && !/[\s\\]/.test(value);
}

export function isLinkAddress(value: string): boolean {
  return isWebAddress(value) || isSitePath(value);
}

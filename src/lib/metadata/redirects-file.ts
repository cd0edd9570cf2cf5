/**
 * `_redirects`, which Netlify and Cloudflare Pages both read, for an article's old addresses.
 * The two hosts differ where it matters here: every old address also has a file, its redirect
 * page (for hosts that read no `_redirects`), and Netlify serves a file that exists at a rule's
 * source instead of following the rule ("shadowing") unless the rule is forced, `301!`; Cloudflare
 * Pages always follows a rule, and ignores a line whose status is not 200, 301, 302, 303, 307 or
 * 308, so `301!` among them. Each old address therefore has two lines: the forced one, which
 * Netlify follows first, then the plain one, which Cloudflare Pages follows (Netlify, having
 * matched the first, never reads it). See docs/deploying.md.
 */
interface Redirect {
  from: string;
  to: string;
}

export function redirectsFile(redirects: ReadonlyArray<Redirect>): string {
  const lines = [...redirects]
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))
    .flatMap(({ from, to }) => [`${from} ${to} 301!`, `${from} ${to} 301`]);
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

/**
 * How Netlify and Cloudflare Pages answer a request from a `_redirects` file, as each documents
 * it, for testing the file against both:
 * - Netlify (docs.netlify.com, "Redirects and rewrites": syntax, "Shadowing"): a line is
 *   `from to [status][!]`; the first rule whose source matches applies, but a rule not forced with
 *   "!" is shadowed when a file exists at the requested path, and that file is served instead.
 *   A source matches with or without its trailing slash.
 * - Cloudflare Pages (developers.cloudflare.com/pages/configuration/redirects): a line is
 *   `from to [code]`, two or three tokens, the code one of 200, 301, 302, 303, 307, 308 (302 when
 *   left out), or the line is ignored; the first valid matching rule applies, "regardless of
 *   whether or not an asset matches the incoming request".
 */
export type HostAnswer = { redirect: string; status: number } | { served: 'file' | 'nothing' };

interface Rule {
  from: string;
  to: string;
  status: string;
}

const rulesOf = (file: string): Rule[] =>
  file
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [from = '', to = '', status = '', ...rest] = line.split(/\s+/);
      return { from, to, status: rest.length > 0 ? 'too many tokens' : status };
    });

const withoutSlash = (path: string) => (path.length > 1 ? path.replace(/\/$/, '') : path);

/** `fileExists`: whether the site has a file at the requested path (e.g. its folder's index.html). */
export function netlifyAnswer(file: string, path: string, fileExists: (path: string) => boolean): HostAnswer {
  for (const rule of rulesOf(file)) {
    if (withoutSlash(rule.from) !== withoutSlash(path)) continue;
    const forced = rule.status.endsWith('!');
    if (!forced && fileExists(path)) return { served: 'file' };
    return { redirect: rule.to, status: Number(rule.status.replace(/!$/, '') || '301') };
  }
  return { served: fileExists(path) ? 'file' : 'nothing' };
}

const CLOUDFLARE_CODES = new Set([200, 301, 302, 303, 307, 308]);

export function cloudflareAnswer(file: string, path: string, fileExists: (path: string) => boolean): HostAnswer {
  for (const rule of cloudflareRules(file)) if (rule.from === path) return { redirect: rule.to, status: rule.code };
  return { served: fileExists(path) ? 'file' : 'nothing' };
}

/** The rules Cloudflare Pages keeps, in order: lines of two or three tokens with a permitted code. */
function cloudflareRules(file: string): { from: string; to: string; code: number }[] {
  return rulesOf(file).flatMap((rule) => {
    const code = Number(rule.status || '302');
    return rule.to !== '' && CLOUDFLARE_CODES.has(code) ? [{ from: rule.from, to: rule.to, code }] : [];
  });
}

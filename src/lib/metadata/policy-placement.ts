/**
 * A Content-Security-Policy given in a <meta> element governs only what the
 * browser parses after it. Astro writes its policy <meta> at the end of
 * <head>, after the structured data and the article script; this moves it to
 * straight after <meta charset>, where the policy covers the whole page.
 */
const POLICY_META = /<meta http-equiv="content-security-policy"[^>]*>/i;
const CHARSET_META = /<meta charset="utf-8"\s*\/?>/i;

export function policyFirst(html: string): string {
  const policy = POLICY_META.exec(html);
  const charset = CHARSET_META.exec(html);
  if (!policy || !charset || policy.index < charset.index) return html;
  const withoutPolicy = html.slice(0, policy.index) + html.slice(policy.index + policy[0].length);
  const afterCharset = charset.index + charset[0].length;
  return withoutPolicy.slice(0, afterCharset) + policy[0] + withoutPolicy.slice(afterCharset);
}

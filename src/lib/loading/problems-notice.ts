/**
 * In `npm run dev`, the content problems a build would stop on, shown at the top of every page
 * (see src/lib/loading/live-preview.ts): the author sees what to fix, file:line first, in the
 * build's own words, while the rest of the preview keeps working. Dev only: a build stops instead.
 */
import { escapeXml } from '#lib/metadata/xml.ts';

const BODY_START = /<body[^>]*>/i;

/** `html` with a notice of `problems` first in its body; unchanged when there are none. */
export function withProblemsNotice(html: string, problems: ReadonlyArray<string>): string {
  const body = BODY_START.exec(html);
  if (problems.length === 0 || !body) return html;
  // Inline styles are fine here: dev serves no Content Security Policy, and a build never shows this.
  const notice =
    '<section role="alert" aria-labelledby="content-problems" style="border:3px solid #b00020;margin:1rem;padding:1rem;background:Canvas;color:CanvasText">' +
    '<h2 id="content-problems" style="margin-top:0">The content has problems: a build would stop here</h2>' +
    '<p>The preview shows the rest of the site as it was last without problems. Fix these and save; this page reloads.</p>' +
    `<pre style="white-space:pre-wrap;overflow-wrap:anywhere">${problems.map(escapeXml).join('\n\n')}</pre></section>`;
  const afterBody = body.index + body[0].length;
  return html.slice(0, afterBody) + notice + html.slice(afterBody);
}

/**
 * The folder that holds `articles/`. CONTENT_DIR lets tests and benchmarks
 * build the site from other content; the published site uses `content/`.
 */
export function contentRoot(env: Record<string, string | undefined> = process.env): string {
  return (env['CONTENT_DIR'] ?? './content').replace(/\/+$/, '');
}

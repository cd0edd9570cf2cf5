/**
 * What the sitemap integration needs to know about articles, read from the
 * content files when the Astro config loads (integrations cannot query
 * collections): each permalink's last-modified date, and the old addresses
 * that only redirect and so do not belong in a sitemap. Files that do not
 * parse are skipped here; the content build reports them.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { globSync } from 'tinyglobby';
import { parseArticleSource } from './article-file.ts';
import { permalink } from './permalink.ts';
import { parsePublicationDate } from './publication-date.ts';

export interface SitemapFacts {
  /** Absolute URL of each article -> its lastmod (the updated date, else the publication date). */
  lastModified: Map<string, string>;
  /** Absolute URLs of redirect-only pages. */
  redirects: Set<string>;
}

export function sitemapFacts(contentRoot: string, site: string, timeZone: string): SitemapFacts {
  const lastModified = new Map<string, string>();
  const redirects = new Set<string>();
  for (const file of globSync('**/*.md', { cwd: join(contentRoot, 'articles'), absolute: true })) {
    try {
      const { frontmatter } = parseArticleSource(readFileSync(file, 'utf8'));
      const date = parsePublicationDate(frontmatter['date']);
      const updated = frontmatter['updated'] === undefined ? date : parsePublicationDate(frontmatter['updated']);
      if (typeof date === 'string' || typeof updated === 'string' || typeof frontmatter['section'] !== 'string') continue;
      const url = new URL(permalink({ slug: basename(file, '.md'), section: frontmatter['section'], date }, timeZone), site).href;
      lastModified.set(url, updated.iso);
      for (const old of Array.isArray(frontmatter['redirectFrom']) ? frontmatter['redirectFrom'] : []) {
        if (typeof old === 'string') redirects.add(new URL(old, site).href);
      }
    } catch {
      // Reported, with file and field, by the content loader.
    }
  }
  return { lastModified, redirects };
}

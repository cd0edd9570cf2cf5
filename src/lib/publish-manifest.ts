/**
 * What Astro's build hands to the publishing steps that run after it
 * (src/build/publish-site.ts): every published article's permalink and what
 * its social card says. It comes from the collection, so those steps act on
 * exactly the articles that have pages. The file is removed before publishing.
 */
import type { CardContent } from './social-card.ts';

export const PUBLISH_MANIFEST = 'publish-manifest.json';

export interface PublishManifest {
  articles: Array<{ path: string; card: CardContent }>;
}

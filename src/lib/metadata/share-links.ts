/**
 * Plain share links: ordinary addresses that open each service's own share
 * form. Nothing is loaded from those services until a reader follows one.
 */
export interface ShareLink {
  /** The service, as a reader knows it. */
  service: string;
  href: string;
}

export function shareLinks(permalink: string, headline: string): ShareLink[] {
  const url = encodeURIComponent(permalink);
  const text = encodeURIComponent(headline);
  return [
    { service: 'Email', href: `mailto:?subject=${text}&body=${encodeURIComponent(`${headline}\n\n${permalink}`)}` },
    { service: 'Bluesky', href: `https://bsky.app/intent/compose?text=${encodeURIComponent(`${headline} ${permalink}`)}` },
    { service: 'X', href: `https://x.com/intent/post?url=${url}&text=${text}` },
    { service: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${url}` },
    { service: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${url}` },
    { service: 'WhatsApp', href: `https://wa.me/?text=${encodeURIComponent(`${headline} ${permalink}`)}` },
  ];
}

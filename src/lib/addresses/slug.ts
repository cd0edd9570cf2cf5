import { slug } from 'github-slugger';

/** "The Americas" -> "the-americas", "Science & Health" -> "science-health": names as they appear in addresses. */
export function toSlug(name: string): string {
  return slug(name.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '');
}

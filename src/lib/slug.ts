import { slug } from 'github-slugger';

/** "The Americas" -> "the-americas": the form section names take in addresses. */
export function toSlug(name: string): string {
  return slug(name.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''));
}

import { slug } from 'github-slugger';

/**
 * Symbols that tell names apart ("C", "C++", "C#", "F#"), spelt out so that
 * each name keeps an address of its own; other symbols drop out.
 */
const SPELT_OUT: Record<string, string> = { '+': ' plus ', '#': ' sharp ' };

/** "The Americas" -> "the-americas", "Science & Health" -> "science-health", "C++" -> "c-plus-plus": names as they appear in addresses. */
export function toSlug(name: string): string {
  return slug(
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[+#]/g, (symbol) => SPELT_OUT[symbol]!),
  )
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '');
}

/** Whether `value` is already a slug: lowercase letters and digits in words joined by single hyphens (a file name, an address segment). */
export function isSlug(value: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value);
}

/**
 * SmartyPants for the frontmatter's display text (headline, dek, caption):
 * the same typography the body gets from remark-smartypants, from the same
 * library (retext-smartypants), so a headline and its article agree.
 */
import { retext } from 'retext';
import retextSmartypants from 'retext-smartypants';

const processor = retext().use(retextSmartypants);

/** Curly quotes and apostrophes, en and em dashes, ellipses, from what a keyboard types. */
export function typographicText(text: string): string {
  return String(processor.processSync(text));
}

/** How an entry's text is set: typographic by default; `as-typed` keeps a verbatim capture's characters. */
export type Typography = 'typographic' | 'as-typed';

/**
 * An article's frontmatter with its display text (headline, dek, photo caption)
 * set in the entry's typography; every other field as written.
 */
export function displayTypography<T extends Record<string, unknown>>(frontmatter: T, typography: Typography): T {
  if (typography === 'as-typed') return frontmatter;
  const set = (value: unknown) => (typeof value === 'string' ? typographicText(value) : value);
  const photo = frontmatter['photo'];
  return {
    ...frontmatter,
    ...('headline' in frontmatter ? { headline: set(frontmatter['headline']) } : {}),
    ...('dek' in frontmatter ? { dek: set(frontmatter['dek']) } : {}),
    ...(photo && typeof photo === 'object' && 'caption' in photo ? { photo: { ...photo, caption: set(photo.caption) } } : {}),
  };
}

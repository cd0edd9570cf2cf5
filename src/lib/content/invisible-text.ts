/**
 * Text a reader cannot see: white space and format characters (zero-width
 * spaces and joiners, soft hyphens, direction marks), which make a headline
 * or body look present to the build and empty on the page; and control
 * characters, which no article needs and which make feeds and sitemaps
 * malformed XML.
 */

/** Whether `value` has at least one character a reader can see. */
export function hasVisibleText(value: string): boolean {
  return /[^\s\p{Cf}]/u.test(value);
}

/**
 * C0 controls but tab, line feed and carriage return; DEL and the C1 controls (U+0080–U+009F,
 * which a feed reader may refuse and no keyboard types); the noncharacters U+FFFE and U+FFFF.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's purpose.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/u;

const codeOf = (character: string) => `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Where a control character stands in a file's text: its 1-based line and the character's code, or undefined. */
export function firstControlCharacter(text: string): { line: number; code: string } | undefined {
  const match = CONTROL.exec(text);
  if (!match) return undefined;
  const line = text.slice(0, match.index).split('\n').length;
  return { line, code: codeOf(match[0]) };
}

/**
 * Every control character in a parsed value (frontmatter, a registry), each with the path of the
 * field holding it and its code. The file's text can be clean while its values are not: YAML
 * writes any character as an escape in a double-quoted string ("\e", "\x01", "\u0085").
 * Keys are checked too: a key is shown in messages and may become a value.
 */
export function controlCharactersInValue(
  value: unknown,
  path: Array<string | number> = [],
): Array<{ path: Array<string | number>; code: string }> {
  if (typeof value === 'string') {
    const match = CONTROL.exec(value);
    return match ? [{ path, code: codeOf(match[0]) }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => controlCharactersInValue(item, [...path, index]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) => {
      const inKey = CONTROL.exec(key);
      return inKey ? [{ path, code: codeOf(inKey[0]) }] : controlCharactersInValue(inner, [...path, key]);
    });
  }
  return [];
}

/** What a control character written as a YAML escape gets told (after the field's name). */
export const ESCAPED_CONTROL_CHARACTER = (code: string) =>
  `a control character (${code}), written as an escape in the YAML ("\\e", "\\x01", "\\u0001"), which no reader can see and which would make the feeds and sitemaps malformed XML; delete the escape`;

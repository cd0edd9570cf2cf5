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

/** C0 controls but tab, line feed and carriage return; DEL; the noncharacters U+FFFE and U+FFFF. */
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's purpose.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/u;

/** Where a control character stands in a file's text: its 1-based line and the character's code, or undefined. */
export function firstControlCharacter(text: string): { line: number; code: string } | undefined {
  const match = CONTROL.exec(text);
  if (!match) return undefined;
  const line = text.slice(0, match.index).split('\n').length;
  return { line, code: `U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` };
}

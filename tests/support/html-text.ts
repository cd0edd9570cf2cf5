import { decodeHTML } from 'entities';

/** The text a reader sees in an HTML fragment: tags removed, entities decoded, white space collapsed (no-break spaces kept, as authors typed them). */
export function htmlText(html: string): string {
  return decodeHTML(html.replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, '')).replace(/[ \t\r\n]+/g, ' ');
}

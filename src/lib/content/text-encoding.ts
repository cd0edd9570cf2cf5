/**
 * Article files are UTF-8. A file saved in another encoding would otherwise
 * be read as replacement characters ("�") or fail as "no frontmatter", which
 * says nothing about the real cause; this names it.
 */

export type DecodedFile = { text: string } | { problem: string; line?: number };

const UTF16_BOMS: [number, number, string][] = [
  [0xff, 0xfe, 'UTF-16 (little-endian)'],
  [0xfe, 0xff, 'UTF-16 (big-endian)'],
];

/** Bytes 0x80–0x9F, which Windows-1252 uses for curly quotes and dashes, decoded as that encoding for the message. */
const WINDOWS_1252_PUNCTUATION = new TextDecoder('windows-1252');

export function decodeArticleFile(bytes: Uint8Array): DecodedFile {
  for (const [first, second, encoding] of UTF16_BOMS) {
    if (bytes[0] === first && bytes[1] === second) return { problem: `the file is ${encoding} text; save it as UTF-8` };
  }
  // UTF-16 without a byte-order mark: ASCII text with a zero byte beside every character.
  if (bytes.length >= 2 && bytes.subarray(0, 64).filter((byte) => byte === 0).length >= Math.min(bytes.length, 64) / 4) {
    return { problem: 'the file looks like UTF-16 text (a zero byte beside every letter); save it as UTF-8' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const at = lenient.indexOf('\uFFFD');
    const line = lenient.slice(0, at).split('\n').length;
    const offset = Buffer.from(lenient.slice(0, at), 'utf8').length;
    const byte = bytes[offset]!;
    const guess =
      byte >= 0x80 && byte <= 0xff
        ? ` (read as Windows-1252, the byte 0x${byte.toString(16).toUpperCase()} is "${WINDOWS_1252_PUNCTUATION.decode(bytes.subarray(offset, offset + 1))}": the file was probably saved as Windows-1252 or Latin-1)`
        : '';
    return { problem: `the file is not UTF-8 text${guess}; save it as UTF-8`, line };
  }
}

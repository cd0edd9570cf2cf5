/**
 * Astro's build log, made readable. With pages built four at a time
 * (`build.concurrency`), Astro writes the start of one page's line while
 * another's is unfinished, so its page list comes out run together
 * (`├─ /404.html20:30:09 ├─ /by/…`) with each timing after a page that may
 * not be its own. Each page gets a line of its own; timings are left out
 * because, interleaved, they name no page.
 */
const ANSI = '(?:\\u001b\\[[0-9;]*m)*';
const LOG_TIME = `${ANSI}\\d{2}:\\d{2}:\\d{2}${ANSI} `;
/** One entry: a time of day, then everything up to the next time of day. */
const ENTRY = new RegExp(`${LOG_TIME}.*?(?=${LOG_TIME}|$)`, 'g');
const PAGE_TIMING = new RegExp(`\\s*${ANSI}\\(\\+\\d+(?:\\.\\d+)?m?s\\)${ANSI}\\s*$`);
const PAGE_LINE = /[├└]─/;
// eslint-disable-next-line no-control-regex -- terminal colour codes start with the escape character.
const ANSI_CODE = /\u001b\[[0-9;]*m/g;

/** One line of Astro's output, as the lines it should have been. */
export function separatedLogLines(line: string): string[] {
  if (PAGE_TIMING.test(line) && line.replace(PAGE_TIMING, '') === '') return [];
  if (!PAGE_LINE.test(line)) return [line];
  const entries = line.match(ENTRY);
  return entries ? entries.map((entry) => entry.replace(PAGE_TIMING, '')) : [line];
}

/**
 * Drops what an author cannot act on from Astro's report of a failed build:
 * its "Hint:" (a guess from words in the message: a file named
 * "windows-1252.md" was told browser APIs are unavailable on the server), its
 * "Location:" (the line of our code that threw, not of the author's file) and
 * its "Stack trace:" with the lines under it, naming internal files. A report of
 * content problems already says everything an author needs; any other failure
 * says BUILD_DEBUG=1 shows where it stopped. All kept when `debug`
 * (BUILD_DEBUG=1), for whoever is debugging the build itself.
 */
export function withoutInternals(debug: boolean): (line: string) => string[] {
  let skipping: 'hint' | 'location' | 'stack' | undefined;
  let contentReport = false;
  return (line) => {
    if (debug) return [line];
    const plain = line.replace(ANSI_CODE, '');
    if (/\bproblems? in the content\b|\bhave problems:/.test(plain)) contentReport = true;
    if (/^\s*Hint:\s*$/.test(plain)) {
      skipping = 'hint';
      return [];
    }
    if (/^\s*Location:\s*$/.test(plain)) {
      skipping = 'location';
      return [];
    }
    if (/^\s*Stack trace:\s*$/.test(plain)) {
      skipping = 'stack';
      return contentReport ? [] : ['  (BUILD_DEBUG=1 shows where in the code this stopped)'];
    }
    if ((skipping === 'hint' || skipping === 'location') && (plain.trim() === '' || /^\s{3,}/.test(plain))) return [];
    if (skipping === 'stack' && /^\s+at /.test(plain)) return [];
    skipping = undefined;
    return [line];
  };
}

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

/** One line of Astro's output, as the lines it should have been. */
export function separatedLogLines(line: string): string[] {
  if (line.replace(PAGE_TIMING, '') === '') return [];
  if (!PAGE_LINE.test(line)) return [line];
  const entries = line.match(ENTRY);
  return entries ? entries.map((entry) => entry.replace(PAGE_TIMING, '')) : [line];
}
